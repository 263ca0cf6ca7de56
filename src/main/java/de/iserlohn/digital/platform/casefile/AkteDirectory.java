package de.iserlohn.digital.platform.casefile;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds or creates Akten. Creation runs in its own transaction so that two requests filing the
 * first Vorgang of a new Akte at the same moment both succeed. The id of an Akte found or created
 * once is remembered: an Akte is never deleted or renamed (nothing in the application does), so the
 * next Vorgang of the same Akte refers to it without a query.
 */
@Component
class AkteDirectory {

  private final AkteRepository akten;
  private final TransactionTemplate newTransaction;
  private final Clock clock;
  private final Map<String, UUID> known = new ConcurrentHashMap<>();

  AkteDirectory(AkteRepository akten, TransactionTemplate transactionTemplate, Clock clock) {
    this.akten = akten;
    this.newTransaction = new TransactionTemplate(transactionTemplate.getTransactionManager());
    this.newTransaction.setPropagationBehavior(Propagation.REQUIRES_NEW.value());
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  Akte findOrCreate(String aktenzeichen, String title, OpenVorgang command, String actor) {
    UUID id = known.get(aktenzeichen);
    if (id != null) {
      return akten.getReferenceById(id);
    }
    Optional<Akte> existing = akten.findByAktenzeichen(aktenzeichen);
    if (existing.isPresent()) {
      known.putIfAbsent(aktenzeichen, existing.get().id());
      return existing.get();
    }
    id = create(aktenzeichen, title, command, actor);
    known.putIfAbsent(aktenzeichen, id);
    return akten.getReferenceById(id);
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
