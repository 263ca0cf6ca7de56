package de.iserlohn.digital.hr.requests;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The table of employee requests ({@code hr_request}). */
@Repository
@Transactional
public class HrRequests {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  HrRequests(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void insert(HrRequest r) {
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.update(
        "insert into hr_request (case_number, kind, employee_id, supervisor_id, title, status,"
            + " destination, abroad, start_date, end_date, purpose, transport, estimated_cost,"
            + " travel_case_number, amount, created_at, updated_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        r.caseNumber(),
        r.kind().name(),
        r.employeeId(),
        r.supervisorId(),
        r.title(),
        r.status().name(),
        r.destination(),
        r.abroad(),
        r.startDate() == null ? null : Date.valueOf(r.startDate()),
        r.endDate() == null ? null : Date.valueOf(r.endDate()),
        r.purpose(),
        r.transport(),
        r.estimatedCost(),
        r.travelCaseNumber(),
        r.amount(),
        now,
        now);
  }

  public void setStatus(String caseNumber, RequestStatus status) {
    jdbc.update(
        "update hr_request set status = ?, updated_at = ? where case_number = ?",
        status.name(),
        Timestamp.from(clock.instant()),
        caseNumber);
  }

  public void setAmount(String caseNumber, BigDecimal amount) {
    jdbc.update(
        "update hr_request set amount = ?, updated_at = ? where case_number = ?",
        amount,
        Timestamp.from(clock.instant()),
        caseNumber);
  }

  @Transactional(readOnly = true)
  public Optional<HrRequest> find(String caseNumber) {
    return jdbc
        .query("select * from hr_request where case_number = ?", HrRequests::map, caseNumber)
        .stream()
        .findFirst();
  }

  @Transactional(readOnly = true)
  public List<HrRequest> ofEmployee(String employeeId) {
    return jdbc.query(
        "select * from hr_request where employee_id = ? order by created_at desc, case_number desc",
        HrRequests::map,
        employeeId);
  }

  /** All requests of a kind in a status, oldest first (e.g. the payment orders). */
  @Transactional(readOnly = true)
  public List<HrRequest> inStatus(RequestKind kind, RequestStatus status) {
    return jdbc.query(
        "select * from hr_request where kind = ? and status = ? order by updated_at, case_number",
        HrRequests::map,
        kind.name(),
        status.name());
  }

  /** Expense claims that settle the travel request (not rejected ones). */
  @Transactional(readOnly = true)
  public List<HrRequest> claimsFor(String travelCaseNumber) {
    return jdbc.query(
        "select * from hr_request where travel_case_number = ? and status <> 'ABGELEHNT'",
        HrRequests::map,
        travelCaseNumber);
  }

  private static HrRequest map(ResultSet rs, int i) throws SQLException {
    Date start = rs.getDate("start_date");
    Date end = rs.getDate("end_date");
    Object abroad = rs.getObject("abroad");
    return new HrRequest(
        rs.getString("case_number"),
        RequestKind.valueOf(rs.getString("kind")),
        rs.getString("employee_id"),
        rs.getString("supervisor_id"),
        rs.getString("title"),
        RequestStatus.valueOf(rs.getString("status")),
        rs.getString("destination"),
        abroad == null ? null : rs.getBoolean("abroad"),
        start == null ? null : start.toLocalDate(),
        end == null ? null : end.toLocalDate(),
        rs.getString("purpose"),
        rs.getString("transport"),
        rs.getBigDecimal("estimated_cost"),
        rs.getString("travel_case_number"),
        rs.getBigDecimal("amount"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant());
  }
}
