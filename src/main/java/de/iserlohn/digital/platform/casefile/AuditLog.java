package de.iserlohn.digital.platform.casefile;

import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes the audit log. Entries are written in the transaction of the action they record. */
@Component
class AuditLog {

  private final AuditEntryRepository entries;
  private final Clock clock;

  AuditLog(AuditEntryRepository entries, Clock clock) {
    this.entries = entries;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void record(String actor, AuditAction action, UUID vorgangId, UUID dokumentId, String detail) {
    entries.save(new AuditEntry(clock.instant(), actor, action, vorgangId, dokumentId, detail));
  }

  /**
   * Records a refused access in a transaction of its own: the refusal itself rolls back the
   * caller's transaction, the evidence must stay.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void recordDenied(String actor, UUID vorgangId, UUID dokumentId, String detail) {
    entries.save(
        new AuditEntry(
            clock.instant(), actor, AuditAction.ACCESS_DENIED, vorgangId, dokumentId, detail));
  }
}
