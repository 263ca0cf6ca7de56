package de.iserlohn.digital.invoice;

import de.iserlohn.digital.platform.web.CityTime;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The Rechnungseingangsbuch: register rows, their findings and status history. */
@Repository
class InvoiceRegister {

  private static final String SELECT = "select * from invoice_register ";

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final Clock clock;
  private final String nextNumberSql;

  InvoiceRegister(JdbcClient jdbc, JdbcTemplate batch, DataSource dataSource, Clock clock)
      throws SQLException {
    this.jdbc = jdbc;
    this.batch = batch;
    this.clock = clock;
    try (Connection c = dataSource.getConnection()) {
      boolean h2 = c.getMetaData().getDatabaseProductName().toLowerCase().contains("h2");
      nextNumberSql =
          h2
              ? "values next value for invoice_register_seq"
              : "select nextval('invoice_register_seq')";
    }
  }

  String nextRegisterNumber() {
    long value = jdbc.sql(nextNumberSql).query(Long.class).single();
    return "RE-%d-%06d".formatted(Year.now(clock).getValue(), value);
  }

  /** A new entry with its findings and the first status. */
  record Entry(
      String registerNumber,
      Instant receivedAt,
      String channel,
      InvoiceCheck.Result check,
      String status,
      LocalDate dueDate,
      SkontoTerms skonto,
      LocalDate skontoDate,
      String fileSha256,
      String documentId) {}

  /**
   * Inserts a new entry with its findings and the first status, and returns it as {@link #find}
   * would read it back (same truncation and scale as the columns) without reading it back.
   */
  InvoiceView insert(Entry e, String actor) {
    InvoiceView view = viewOf(e, actor);
    insertRow(view, e.check().data(), e.documentId());
    insertFindings(view.registerNumber(), view.findings());
    insertStatusChange(view.registerNumber(), view.history().get(0));
    return view;
  }

  /** The new entry as {@link #find} will read it: cut and scaled to the columns. */
  private InvoiceView viewOf(Entry e, String actor) {
    InvoiceData d = e.check().data();
    return new InvoiceView(
        e.registerNumber(),
        e.check().format().name(),
        e.status(),
        false,
        e.receivedAt().truncatedTo(ChronoUnit.MICROS),
        e.channel(),
        cut(d.sellerName(), 300),
        cut(d.invoiceNumber(), 200),
        d.issueDate(),
        cut(d.currency(), 3),
        scale2(d.grossAmount()),
        scale2(d.amountDue()),
        e.dueDate(),
        e.skonto() == null ? null : e.skonto().days(),
        e.skonto() == null ? null : scale2(e.skonto().percent()),
        e.skontoDate(),
        cut(d.buyerReference(), 100),
        e.check().receivingUnit().orElse(null),
        e.check().ruleSet(),
        e.fileSha256(),
        e.check().findings().stream().map(InvoiceRegister::storedFinding).toList(),
        List.of(
            new InvoiceView.StatusChange(
                e.status(), clock.instant().truncatedTo(ChronoUnit.MICROS), actor, null)));
  }

  private static Finding storedFinding(Finding f) {
    return new Finding(
        cut(f.ruleId(), 100), f.severity(), cut(f.location(), 2000), cut(f.message(), 4000));
  }

  private void insertRow(InvoiceView view, InvoiceData d, String documentId) {
    jdbc.sql(
            """
            insert into invoice_register (register_number, received_at, channel, format, status,
              rule_set, supplier, invoice_number, invoice_date, currency, gross_amount, amount_due,
              due_date, skonto_days, skonto_percent, skonto_date, leitweg_id, receiving_unit, iban,
              cost_centre, supplier_email, file_sha256, document_id)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            view.registerNumber(),
            Timestamp.from(view.receivedAt()),
            view.channel(),
            view.format(),
            view.status(),
            view.ruleSet(),
            view.supplier(),
            view.invoiceNumber(),
            view.invoiceDate(),
            view.currency(),
            view.grossAmount(),
            view.amountDue(),
            view.dueDate(),
            view.skontoDays(),
            view.skontoPercent(),
            view.skontoDate(),
            view.leitwegId(),
            view.receivingUnit(),
            cut(d.iban(), 34),
            cut(d.costCentre(), 100),
            cut(d.supplierEmail(), 200),
            view.fileSha256(),
            documentId)
        .update();
  }

  /** All findings in one round trip (an invalid invoice can have dozens). */
  private void insertFindings(String registerNumber, List<Finding> findings) {
    if (findings.isEmpty()) {
      return;
    }
    batch.batchUpdate(
        "insert into invoice_finding (register_number, position, rule_id, severity,"
            + " location, message) values (?, ?, ?, ?, ?, ?)",
        java.util.stream.IntStream.range(0, findings.size())
            .mapToObj(
                i ->
                    new Object[] {
                      registerNumber,
                      i,
                      findings.get(i).ruleId(),
                      findings.get(i).severity().name(),
                      findings.get(i).location(),
                      findings.get(i).message()
                    })
            .toList());
  }

  void recordStatus(String registerNumber, String status, String actor, String note) {
    jdbc.sql("update invoice_register set status = ? where register_number = ?")
        .params(status, registerNumber)
        .update();
    insertStatusChange(
        registerNumber,
        new InvoiceView.StatusChange(status, clock.instant(), actor, cut(note, 1000)));
  }

  private void insertStatusChange(String registerNumber, InvoiceView.StatusChange change) {
    jdbc.sql(
            "insert into invoice_status_history (register_number, status, changed_at, actor, note)"
                + " values (?, ?, ?, ?, ?)")
        .params(
            registerNumber,
            change.status(),
            Timestamp.from(change.changedAt()),
            change.actor(),
            change.note())
        .update();
  }

  private static BigDecimal scale2(BigDecimal value) {
    return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
  }

  Optional<String> documentId(String registerNumber) {
    return jdbc.sql("select document_id from invoice_register where register_number = ?")
        .param(registerNumber)
        .query(String.class)
        .optional();
  }

  Optional<String> supplierEmail(String registerNumber) {
    return jdbc.sql("select supplier_email from invoice_register where register_number = ?")
        .param(registerNumber)
        .query(String.class)
        .optional();
  }

  Optional<String> findByHash(String sha256) {
    return jdbc.sql("select register_number from invoice_register where file_sha256 = ?")
        .param(sha256)
        .query(String.class)
        .optional();
  }

  /**
   * The first registration of the same invoice: the same file, else the same supplier, invoice
   * number and date (one query; the file wins).
   */
  Optional<String> findDuplicate(String sha256, String supplier, String number, LocalDate date) {
    return jdbc.sql(
            "select register_number from invoice_register where file_sha256 = ?"
                + " or (supplier = ? and invoice_number = ? and invoice_date = ?)"
                + " order by case when file_sha256 = ? then 0 else 1 end, received_at"
                + " fetch first 1 rows only")
        .params(sha256, supplier, number, date, sha256)
        .query(String.class)
        .optional();
  }

  /** What the approval process decides on, as registered (read by its first step, ADR 0027). */
  record ApprovalInputs(
      String status,
      String supplier,
      BigDecimal amountDue,
      String costCentre,
      String receivingUnit,
      Instant receivedAt,
      LocalDate dueDate,
      LocalDate skontoDate) {}

  Optional<ApprovalInputs> approvalInputs(String registerNumber) {
    return jdbc.sql(
            "select status, supplier, amount_due, cost_centre, receiving_unit, received_at,"
                + " due_date, skonto_date from invoice_register where register_number = ?")
        .param(registerNumber)
        .query(
            (rs, i) ->
                new ApprovalInputs(
                    rs.getString("status"),
                    rs.getString("supplier"),
                    rs.getBigDecimal("amount_due"),
                    rs.getString("cost_centre"),
                    rs.getString("receiving_unit"),
                    rs.getTimestamp("received_at").toInstant(),
                    rs.getObject("due_date", LocalDate.class),
                    rs.getObject("skonto_date", LocalDate.class)))
        .optional();
  }

  Optional<InvoiceView> find(String registerNumber) {
    return jdbc.sql(SELECT + "where register_number = ?")
        .param(registerNumber)
        .query((rs, i) -> view(rs))
        .optional();
  }

  /** Clerk search; every criterion is optional. Newest first, at most {@code limit} rows. */
  List<InvoiceView> search(
      String supplier,
      String invoiceNumber,
      String status,
      LocalDate from,
      LocalDate to,
      int limit) {
    StringBuilder where = new StringBuilder("where 1 = 1");
    List<Object> params = new ArrayList<>();
    if (supplier != null && !supplier.isBlank()) {
      where.append(" and lower(supplier) like ?");
      params.add("%" + supplier.toLowerCase() + "%");
    }
    if (invoiceNumber != null && !invoiceNumber.isBlank()) {
      where.append(" and invoice_number = ?");
      params.add(invoiceNumber);
    }
    if (status != null && !status.isBlank()) {
      where.append(" and status = ?");
      params.add(status);
    }
    if (from != null) {
      where.append(" and received_at >= ?");
      params.add(Timestamp.from(CityTime.startOfDay(from)));
    }
    if (to != null) {
      where.append(" and received_at < ?");
      params.add(Timestamp.from(CityTime.startOfDay(to.plusDays(1))));
    }
    return jdbc
        .sql(SELECT + where + " order by received_at desc, register_number desc")
        .params(params)
        .query((rs, i) -> view(rs))
        .list()
        .stream()
        .limit(limit)
        .toList();
  }

  private InvoiceView view(ResultSet rs) throws SQLException {
    String number = rs.getString("register_number");
    List<Finding> findings =
        jdbc.sql(
                "select rule_id, severity, location, message from invoice_finding"
                    + " where register_number = ? order by position")
            .param(number)
            .query(
                (f, i) ->
                    new Finding(
                        f.getString("rule_id"),
                        Finding.Severity.valueOf(f.getString("severity")),
                        f.getString("location"),
                        f.getString("message")))
            .list();
    List<InvoiceView.StatusChange> history =
        jdbc.sql(
                "select status, changed_at, actor, note from invoice_status_history"
                    + " where register_number = ? order by id")
            .param(number)
            .query(
                (h, i) ->
                    new InvoiceView.StatusChange(
                        h.getString("status"),
                        h.getTimestamp("changed_at").toInstant(),
                        h.getString("actor"),
                        h.getString("note")))
            .list();
    return new InvoiceView(
        number,
        rs.getString("format"),
        rs.getString("status"),
        false,
        rs.getTimestamp("received_at").toInstant(),
        rs.getString("channel"),
        rs.getString("supplier"),
        rs.getString("invoice_number"),
        rs.getObject("invoice_date", LocalDate.class),
        rs.getString("currency"),
        rs.getBigDecimal("gross_amount"),
        rs.getBigDecimal("amount_due"),
        rs.getObject("due_date", LocalDate.class),
        (Integer) rs.getObject("skonto_days"),
        rs.getBigDecimal("skonto_percent"),
        rs.getObject("skonto_date", LocalDate.class),
        rs.getString("leitweg_id"),
        rs.getString("receiving_unit"),
        rs.getString("rule_set"),
        rs.getString("file_sha256"),
        findings,
        history);
  }

  /** A scanned paper invoice handed over by the mailroom (reserved register number). */
  record Scan(
      String registerNumber,
      String sourceCaseNumber,
      String documentId,
      String fileSha256,
      String extractedText,
      Instant receivedAt) {}

  void insertScan(
      String registerNumber,
      String sourceCaseNumber,
      UUID sourceDocumentId,
      UUID documentId,
      String sha256,
      String extractedText,
      Instant receivedAt) {
    jdbc.sql(
            "insert into invoice_scan (register_number, source_case_number, source_document_id,"
                + " document_id, file_sha256, extracted_text, received_at)"
                + " values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            registerNumber,
            sourceCaseNumber,
            sourceDocumentId.toString(),
            documentId.toString(),
            sha256,
            extractedText,
            Timestamp.from(receivedAt))
        .update();
  }

  Optional<Scan> scan(String registerNumber) {
    return scanWhere("register_number = ?", registerNumber);
  }

  Optional<Scan> scanFromSource(String caseNumber, UUID documentId) {
    return scanWhere(
        "source_case_number = ? and source_document_id = ?", caseNumber, documentId.toString());
  }

  Optional<Scan> scanByHash(String sha256) {
    return scanWhere("file_sha256 = ?", sha256);
  }

  private Optional<Scan> scanWhere(String condition, Object... params) {
    return jdbc
        .sql("select * from invoice_scan where " + condition)
        .params(params)
        .query(
            (rs, i) ->
                new Scan(
                    rs.getString("register_number"),
                    rs.getString("source_case_number"),
                    rs.getString("document_id"),
                    rs.getString("file_sha256"),
                    rs.getString("extracted_text"),
                    rs.getTimestamp("received_at").toInstant()))
        .list()
        .stream()
        .findFirst();
  }

  private static String cut(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
