package de.iserlohn.digital.ozg.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tables of online applications: {@code ozg_application}, its status history and its requests
 * for missing documents.
 */
@Repository
@Transactional
public class ApplicationStore {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  ApplicationStore(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  void insert(ApplicationRecord a, String text) {
    jdbc.update(
        "insert into ozg_application (case_number, service_id, org_unit, title, status,"
            + " applicant_name, email, owner_id, access_code_hash, failed_attempts, data_json,"
            + " idempotency_key, request_hash, created_at, updated_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)",
        a.caseNumber(),
        a.serviceId(),
        a.orgUnit(),
        a.title(),
        a.status().name(),
        a.applicantName(),
        a.email(),
        a.ownerId(),
        a.accessCodeHash(),
        a.dataJson(),
        a.idempotencyKey(),
        a.requestHash(),
        Timestamp.from(a.createdAt()),
        Timestamp.from(a.createdAt()));
    history(a.caseNumber(), a.status(), text, a.createdAt());
  }

  @Transactional(readOnly = true)
  public Optional<ApplicationRecord> find(String caseNumber) {
    return jdbc
        .query(
            "select * from ozg_application where case_number = ?",
            ApplicationStore::map,
            caseNumber)
        .stream()
        .findFirst();
  }

  @Transactional(readOnly = true)
  Optional<ApplicationRecord> findByIdempotencyKey(String key) {
    return jdbc
        .query(
            "select * from ozg_application where idempotency_key = ?", ApplicationStore::map, key)
        .stream()
        .findFirst();
  }

  @Transactional(readOnly = true)
  public List<ApplicationRecord> ofOwner(String ownerId) {
    return jdbc.query(
        "select * from ozg_application where owner_id = ? order by created_at desc",
        ApplicationStore::map,
        ownerId);
  }

  /** Sets the status and adds it to the history the citizen sees. */
  public void setStatus(String caseNumber, ApplicationStatus status, String text) {
    Instant now = clock.instant();
    jdbc.update(
        "update ozg_application set status = ?, updated_at = ?, closed_at = ?"
            + " where case_number = ?",
        status.name(),
        Timestamp.from(now),
        status.closed() ? Timestamp.from(now) : null,
        caseNumber);
    history(caseNumber, status, text, now);
  }

  @Transactional(readOnly = true)
  public List<StatusEntry> history(String caseNumber) {
    return jdbc.query(
        "select status, text, occurred_at from ozg_status_entry where case_number = ?"
            + " order by occurred_at, id",
        (rs, i) ->
            new StatusEntry(
                ApplicationStatus.valueOf(rs.getString("status")),
                rs.getString("text"),
                rs.getTimestamp("occurred_at").toInstant()),
        caseNumber);
  }

  public long openRequest(String caseNumber, String text, Instant dueAt) {
    jdbc.update(
        "update ozg_document_request set status = ? where case_number = ? and status = ?",
        DocumentRequest.EXPIRED,
        caseNumber,
        DocumentRequest.OPEN);
    jdbc.update(
        "insert into ozg_document_request (case_number, text, status, due_at, created_at)"
            + " values (?, ?, ?, ?, ?)",
        caseNumber,
        text,
        DocumentRequest.OPEN,
        Timestamp.from(dueAt),
        Timestamp.from(clock.instant()));
    return openRequestOf(caseNumber).orElseThrow().id();
  }

  @Transactional(readOnly = true)
  public Optional<DocumentRequest> openRequestOf(String caseNumber) {
    return jdbc
        .query(
            "select * from ozg_document_request where case_number = ? and status = ?"
                + " order by id desc",
            (rs, i) ->
                new DocumentRequest(
                    rs.getLong("id"),
                    rs.getString("case_number"),
                    rs.getString("text"),
                    rs.getString("status"),
                    rs.getTimestamp("due_at").toInstant(),
                    rs.getTimestamp("created_at").toInstant()),
            caseNumber,
            DocumentRequest.OPEN)
        .stream()
        .findFirst();
  }

  /** Closes the open request of a case as answered or expired. */
  public void closeRequest(String caseNumber, String status) {
    jdbc.update(
        "update ozg_document_request set status = ?, answered_at = ?"
            + " where case_number = ? and status = ?",
        status,
        Timestamp.from(clock.instant()),
        caseNumber,
        DocumentRequest.OPEN);
  }

  /** Open applications per org unit. */
  @Transactional(readOnly = true)
  public Map<String, Long> openPerUnit() {
    Map<String, Long> result = new java.util.TreeMap<>();
    jdbc.query(
        "select org_unit, count(*) as n from ozg_application where closed_at is null"
            + " group by org_unit",
        rs -> {
          result.put(rs.getString("org_unit"), rs.getLong("n"));
        });
    return result;
  }

  private void history(String caseNumber, ApplicationStatus status, String text, Instant at) {
    jdbc.update(
        "insert into ozg_status_entry (case_number, status, text, occurred_at)"
            + " values (?, ?, ?, ?)",
        caseNumber,
        status.name(),
        text,
        Timestamp.from(at));
  }

  private static ApplicationRecord map(ResultSet rs, int row) throws SQLException {
    return new ApplicationRecord(
        rs.getString("case_number"),
        rs.getString("service_id"),
        rs.getString("org_unit"),
        rs.getString("title"),
        ApplicationStatus.valueOf(rs.getString("status")),
        rs.getString("applicant_name"),
        rs.getString("email"),
        rs.getString("owner_id"),
        rs.getString("access_code_hash"),
        rs.getInt("failed_attempts"),
        instant(rs.getTimestamp("locked_until")),
        rs.getString("data_json"),
        rs.getString("idempotency_key"),
        rs.getString("request_hash"),
        instant(rs.getTimestamp("created_at")),
        instant(rs.getTimestamp("updated_at")),
        instant(rs.getTimestamp("closed_at")));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
