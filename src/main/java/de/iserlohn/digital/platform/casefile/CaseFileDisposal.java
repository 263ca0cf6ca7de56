package de.iserlohn.digital.platform.casefile;

import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.web.CityTime;
import de.iserlohn.digital.platform.web.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The end of a Vorgang's life in the case file: which closed Vorgänge are due (retention ended, no
 * legal hold), legal holds, what is handed to the archive, and the disposal that deletes the
 * Vorgang completely (documents, rows, other modules' data by {@link CaseDataEraser}, the engine's
 * runtime and history of its processes by business key) and leaves a {@link Tombstone}.
 */
@Service
@Transactional
public class CaseFileDisposal {

  private static final Logger log = LoggerFactory.getLogger(CaseFileDisposal.class);

  private final VorgangRepository vorgaenge;
  private final DokumentRepository dokumente;
  private final RetentionRules rules;
  private final FilePlan filePlan;
  private final DocumentStore store;
  private final List<CaseDataEraser> erasers;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final JdbcTemplate jdbc;
  private final AuditLog audit;
  private final Clock clock;

  CaseFileDisposal(
      VorgangRepository vorgaenge,
      DokumentRepository dokumente,
      RetentionRules rules,
      FilePlan filePlan,
      DocumentStore store,
      List<CaseDataEraser> erasers,
      RuntimeService runtime,
      HistoryService history,
      JdbcTemplate jdbc,
      AuditLog audit,
      Clock clock) {
    this.vorgaenge = vorgaenge;
    this.dokumente = dokumente;
    this.rules = rules;
    this.filePlan = filePlan;
    this.store = store;
    this.erasers = List.copyOf(erasers);
    this.runtime = runtime;
    this.history = history;
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * The closed Vorgänge of an org unit whose retention ended on or before the day, without a legal
   * hold, oldest first. Vorgänge closed before retention rules existed get their end date now.
   */
  public List<DueVorgang> due(String orgUnit, LocalDate asOf) {
    for (Vorgang v : vorgaenge.findClosedWithoutRetention(orgUnit)) {
      RetentionRule rule = rules.ruleFor(v.filePlanKey(), v.caseType(), v.retentionClass());
      v.applyRetention(rule.retentionEnd(CityTime.day(v.closedAt())), rule.archiveValue());
    }
    return vorgaenge.findDue(orgUnit, asOf).stream().map(this::due).toList();
  }

  /** One Vorgang as listed for an Aussonderung (whether due or not). */
  @Transactional(readOnly = true)
  public DueVorgang describe(String caseNumber) {
    return due(load(caseNumber));
  }

  private DueVorgang due(Vorgang v) {
    RetentionRule rule = rules.ruleFor(v.filePlanKey(), v.caseType(), v.retentionClass());
    return new DueVorgang(
        v.id(),
        v.caseNumber(),
        v.title(),
        v.caseType(),
        v.orgUnit(),
        v.filePlanKey(),
        filePlan.subject(v.filePlanKey()).map(FilePlanSubject::title).orElse(v.filePlanKey()),
        v.akte().aktenzeichen(),
        v.createdAt(),
        v.closedAt(),
        v.retentionEnd(),
        rule.years(),
        v.archiveValue() != null ? v.archiveValue() : rule.archiveValue());
  }

  /**
   * Puts a legal hold on a Vorgang (e.g. a pending lawsuit): it is neither offered nor destroyed
   * until the hold is lifted ({@code reason} null).
   */
  public void hold(String caseNumber, String reason, CurrentUser actor) {
    Vorgang vorgang = load(caseNumber);
    vorgang.hold(reason == null || reason.isBlank() ? null : reason.strip());
    audit.record(
        actor.userId(),
        AuditAction.CHANGED,
        vorgang.id(),
        null,
        reason == null ? "Aufbewahrungssperre aufgehoben" : "Aufbewahrungssperre: " + reason);
  }

  /** The legal hold of a Vorgang, if it has one. */
  @Transactional(readOnly = true)
  public Optional<String> legalHold(String caseNumber) {
    return Optional.ofNullable(load(caseNumber).legalHold());
  }

  /** The documents of a Vorgang, oldest first, for the transfer to the archive. */
  @Transactional(readOnly = true)
  public List<DokumentView> documents(String caseNumber) {
    return dokumente.findByVorgangIdOrderByCreatedAt(load(caseNumber).id()).stream()
        .map(Dokument::view)
        .toList();
  }

  /** The audit trail of a Vorgang (the history protocol of the transfer). */
  @Transactional(readOnly = true)
  public List<AuditView> auditTrail(String caseNumber) {
    return jdbc.query(
        "select occurred_at, actor, action, detail from audit_entry where vorgang_id = ?"
            + " order by occurred_at, id",
        (rs, i) ->
            new AuditView(
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor"),
                AuditAction.valueOf(rs.getString("action")),
                null,
                rs.getString("detail")),
        load(caseNumber).id());
  }

  /** Opens a document's bytes (no audit: the platform hands the Vorgang to the archive). */
  public InputStream content(DokumentView document) throws IOException {
    return store.open(document.sha256());
  }

  /**
   * Disposes of a closed Vorgang without legal hold: erases what other modules keep about it,
   * deletes the engine's runtime and history data of its processes (by business key), its audit
   * entries, notes, shares, documents (with their search text) and row, and the document bytes no
   * other document refers to (after commit), and writes the tombstone. Disposing of a Vorgang that
   * is gone already returns its tombstone.
   *
   * @throws IllegalStateException when the Vorgang is open or on hold
   */
  public Tombstone dispose(String caseNumber, Disposition disposition, String note) {
    Optional<Tombstone> done = tombstone(caseNumber);
    if (done.isPresent()) {
      return done.get();
    }
    Vorgang vorgang = disposable(caseNumber);
    erasers.forEach(e -> e.erase(caseNumber));
    deleteEngineData(caseNumber);
    Set<String> hashes = deleteContents(vorgang);
    Tombstone tombstone =
        new Tombstone(
            caseNumber,
            vorgang.filePlanKey(),
            vorgang.caseType(),
            vorgang.orgUnit(),
            vorgang.createdAt(),
            vorgang.closedAt(),
            vorgang.retentionEnd(),
            disposition,
            clock.instant(),
            note);
    vorgaenge.delete(vorgang);
    vorgaenge.flush();
    insert(tombstone);
    deleteBytesAfterCommit(hashes);
    return tombstone;
  }

  /** The Vorgang, when it is closed and not on legal hold. */
  private Vorgang disposable(String caseNumber) {
    Vorgang vorgang = load(caseNumber);
    if (vorgang.status() != VorgangStatus.CLOSED) {
      throw new IllegalStateException("Vorgang " + caseNumber + " is not closed");
    }
    if (vorgang.legalHold() != null) {
      throw new IllegalStateException("Vorgang " + caseNumber + " is on legal hold");
    }
    return vorgang;
  }

  /**
   * Deletes the Vorgang's audit entries, notes, shares, documents and their search text; returns
   * the content hashes of its documents (for the bytes, after commit).
   */
  private Set<String> deleteContents(Vorgang vorgang) {
    Set<String> hashes = new HashSet<>();
    for (Dokument d : dokumente.findByVorgangIdOrderByCreatedAt(vorgang.id())) {
      hashes.add(d.contentHash());
    }
    jdbc.update("delete from audit_entry where vorgang_id = ?", vorgang.id());
    jdbc.update("delete from vorgang_note where vorgang_id = ?", vorgang.id());
    jdbc.update("delete from vorgang_share where vorgang_id = ?", vorgang.id());
    jdbc.update("delete from dokument where vorgang_id = ?", vorgang.id());
    for (String hash : hashes) {
      // the search index of the content, unless another document has the same content
      jdbc.update(
          "delete from document_text where content_hash = ? and not exists"
              + " (select 1 from dokument where content_hash = ?)",
          hash,
          hash);
    }
    return hashes;
  }

  private void insert(Tombstone tombstone) {
    jdbc.update(
        "insert into vorgang_tombstone (case_number, file_plan_key, case_type, org_unit, opened_at,"
            + " closed_at, retention_end, disposition, disposed_at, note)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        tombstone.caseNumber(),
        tombstone.filePlanKey(),
        tombstone.caseType(),
        tombstone.orgUnit(),
        Timestamp.from(tombstone.openedAt()),
        tombstone.closedAt() == null ? null : Timestamp.from(tombstone.closedAt()),
        tombstone.retentionEnd(),
        tombstone.disposition().name(),
        Timestamp.from(tombstone.disposedAt()),
        tombstone.note());
  }

  /** The tombstone of a disposed Vorgang. */
  @Transactional(readOnly = true)
  public Optional<Tombstone> tombstone(String caseNumber) {
    return jdbc
        .query(
            "select * from vorgang_tombstone where case_number = ?",
            (rs, i) ->
                new Tombstone(
                    rs.getString("case_number"),
                    rs.getString("file_plan_key"),
                    rs.getString("case_type"),
                    rs.getString("org_unit"),
                    rs.getTimestamp("opened_at").toInstant(),
                    rs.getTimestamp("closed_at") == null
                        ? null
                        : rs.getTimestamp("closed_at").toInstant(),
                    rs.getObject("retention_end", LocalDate.class),
                    Disposition.valueOf(rs.getString("disposition")),
                    rs.getTimestamp("disposed_at").toInstant(),
                    rs.getString("note")),
            caseNumber)
        .stream()
        .findFirst();
  }

  /**
   * Deletes the engine's history of the processes of a disposed Vorgang (by business key), with
   * their decision history and user operation log. {@link #dispose} ends running instances and
   * deletes the history of ended ones; the history of instances it ended can only be deleted in a
   * later transaction (the engine sees them running until then), which this call does. Calling it
   * again deletes nothing.
   */
  public void purgeProcessHistory(String caseNumber) {
    deleteHistory(
        processHistory(caseNumber)
            .filter(p -> p.getEndTime() != null)
            .map(HistoricProcessInstance::getId)
            .toList());
  }

  private void deleteEngineData(String caseNumber) {
    List<String> running =
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list().stream()
            .map(ProcessInstance::getId)
            .toList();
    if (!running.isEmpty()) {
      runtime.deleteProcessInstances(running, "Aussonderung", true, true, false);
    }
    deleteHistory(
        processHistory(caseNumber)
            .map(HistoricProcessInstance::getId)
            .filter(id -> !running.contains(id))
            .toList());
  }

  /** The process instances (running and ended) on the Vorgang, from the engine's history. */
  private Stream<HistoricProcessInstance> processHistory(String caseNumber) {
    return history
        .createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber)
        .list()
        .stream();
  }

  private void deleteHistory(List<String> finished) {
    if (finished.isEmpty()) {
      return;
    }
    for (String id : finished) {
      history
          .createHistoricDecisionInstanceQuery()
          .processInstanceId(id)
          .list()
          .forEach(d -> history.deleteHistoricDecisionInstanceByInstanceId(d.getId()));
      history
          .createUserOperationLogQuery()
          .processInstanceId(id)
          .list()
          .forEach(entry -> history.deleteUserOperationLogEntry(entry.getId()));
    }
    history.deleteHistoricProcessInstancesIfExists(finished);
  }

  private void deleteBytesAfterCommit(Set<String> hashes) {
    Runnable delete =
        () -> {
          for (String hash : hashes) {
            Integer refs =
                jdbc.queryForObject(
                    "select count(*) from dokument where content_hash = ?", Integer.class, hash);
            if (refs != null && refs == 0) {
              try {
                store.delete(hash);
              } catch (IOException e) {
                throw new UncheckedIOException("Cannot delete document content " + hash, e);
              }
            }
          }
        };
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              try {
                delete.run();
              } catch (RuntimeException e) {
                log.error("Document bytes of a disposed Vorgang not deleted: {}", hashes, e);
              }
            }
          });
    } else {
      delete.run();
    }
  }

  private Vorgang load(String caseNumber) {
    return vorgaenge
        .findByCaseNumber(caseNumber)
        .orElseThrow(() -> NotFoundException.of("Vorgang", caseNumber));
  }
}
