package de.iserlohn.digital.platform.casefile;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds or creates Akten. Creation runs in its own transaction so that two requests filing the
 * first Vorgang of a new Akte at the same moment both succeed.
 */
@Component
class AkteDirectory {

  private final AkteRepository akten;
  private final TransactionTemplate newTransaction;
  private final Clock clock;

  AkteDirectory(AkteRepository akten, TransactionTemplate transactionTemplate, Clock clock) {
    this.akten = akten;
    this.newTransaction = new TransactionTemplate(transactionTemplate.getTransactionManager());
    this.newTransaction.setPropagationBehavior(Propagation.REQUIRES_NEW.value());
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  Akte findOrCreate(String aktenzeichen, String title, OpenVorgang command, String actor) {
    Optional<Akte> existing = akten.findByAktenzeichen(aktenzeichen);
    if (existing.isPresent()) {
      return existing.get();
    }
    return akten.getReferenceById(create(aktenzeichen, title, command, actor));
  }

  private UUID create(String aktenzeichen, String title, OpenVorgang command, String actor) {
    try {
      return newTransaction.execute(
          status ->
              akten
                  .save(
                      new Akte(
                          aktenzeichen,
                          title,
                          command.orgUnit(),
                          command.retentionClass(),
                          clock.instant(),
                          actor))
                  .id());
    } catch (DataIntegrityViolationException createdConcurrently) {
      return akten.findByAktenzeichen(aktenzeichen).orElseThrow().id();
    }
  }
}
