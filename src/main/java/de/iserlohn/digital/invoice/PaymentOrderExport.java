package de.iserlohn.digital.invoice;

import de.iserlohn.digital.platform.identity.CurrentUser;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payment orders for released invoices (status RELEASED after the Anordnung), in batches. An
 * invoice is in exactly one batch (primary key of {@code invoice_payment_order}); a request
 * repeated with the same idempotency key returns its first batch; the invoice's status becomes
 * EXPORTED with the batch in its history.
 */
@Service
class PaymentOrderExport {

  static final String EXPORTED = "EXPORTED";

  private final JdbcClient jdbc;
  private final InvoiceRegister register;
  private final Clock clock;

  PaymentOrderExport(JdbcClient jdbc, InvoiceRegister register, Clock clock) {
    this.jdbc = jdbc;
    this.register = register;
    this.clock = clock;
  }

  /**
   * A batch of every released invoice not exported yet; empty when there is none (no empty
   * batches). Two concurrent exports cannot both take an invoice: the second fails on the primary
   * key and rolls back ({@code DuplicateKeyException}).
   */
  @Transactional
  public Optional<PaymentOrderBatch> createBatch(String idempotencyKey, CurrentUser by) {
    if (idempotencyKey != null) {
      Optional<String> earlier =
          jdbc.sql("select batch_id from invoice_payment_batch where idempotency_key = ?")
              .param(idempotencyKey)
              .query(String.class)
              .optional();
      if (earlier.isPresent()) {
        return find(earlier.get()).map(PaymentOrderBatch::asRepeated);
      }
    }
    List<PaymentOrderBatch.Order> orders =
        jdbc.sql(
                "select * from invoice_register r where r.status = ? and not exists (select 1"
                    + " from invoice_payment_order p where p.register_number = r.register_number)"
                    + " order by r.received_at, r.register_number")
            .param(InvoiceStatusService.RELEASED)
            .query((rs, i) -> fromRegister(rs))
            .list();
    if (orders.isEmpty()) {
      return Optional.empty();
    }
    String batchId = UUID.randomUUID().toString();
    Instant now = clock.instant();
    BigDecimal total =
        orders.stream()
            .map(PaymentOrderBatch.Order::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    jdbc.sql(
            "insert into invoice_payment_batch (batch_id, created_at, created_by,"
                + " idempotency_key, order_count, total_amount) values (?, ?, ?, ?, ?, ?)")
        .params(batchId, Timestamp.from(now), by.userId(), idempotencyKey, orders.size(), total)
        .update();
    int position = 0;
    for (PaymentOrderBatch.Order o : orders) {
      jdbc.sql(
              "insert into invoice_payment_order (register_number, batch_id, position, creditor,"
                  + " iban, amount, currency, skonto_date, skonto_amount, cost_centre,"
                  + " invoice_number, due_date) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(
              o.registerNumber(),
              batchId,
              position++,
              o.creditor(),
              o.iban(),
              o.amount(),
              o.currency(),
              o.skontoDate(),
              o.skontoAmount(),
              o.costCentre(),
              o.invoiceNumber(),
              o.dueDate())
          .update();
      register.recordStatus(
          o.registerNumber(), EXPORTED, by.userId(), "Zahlungsanordnung im Stapel " + batchId);
    }
    return find(batchId);
  }

  /** A batch with its orders as they were exported. */
  @Transactional(readOnly = true)
  public Optional<PaymentOrderBatch> find(String batchId) {
    List<PaymentOrderBatch.Order> orders =
        jdbc.sql("select * from invoice_payment_order where batch_id = ? order by position")
            .param(batchId)
            .query((rs, i) -> fromOrder(rs))
            .list();
    return jdbc.sql("select * from invoice_payment_batch where batch_id = ?")
        .param(batchId)
        .query(
            (rs, i) ->
                new PaymentOrderBatch(
                    rs.getString("batch_id"),
                    rs.getTimestamp("created_at").toInstant(),
                    rs.getString("created_by"),
                    rs.getInt("order_count"),
                    rs.getBigDecimal("total_amount"),
                    true,
                    orders))
        .optional();
  }

  private static PaymentOrderBatch.Order fromRegister(ResultSet rs) throws SQLException {
    BigDecimal amount =
        rs.getBigDecimal("amount_due") != null
            ? rs.getBigDecimal("amount_due")
            : rs.getBigDecimal("gross_amount");
    if (amount == null) {
      amount = BigDecimal.ZERO;
    }
    LocalDate skontoDate = rs.getObject("skonto_date", LocalDate.class);
    return new PaymentOrderBatch.Order(
        rs.getString("register_number"),
        rs.getString("supplier"),
        rs.getString("iban"),
        amount,
        rs.getString("currency") == null ? "EUR" : rs.getString("currency"),
        skontoDate,
        skontoDate == null
            ? null
            : PaymentOrderBatch.Order.skontoAmount(amount, rs.getBigDecimal("skonto_percent")),
        rs.getString("cost_centre"),
        rs.getString("invoice_number"),
        rs.getObject("due_date", LocalDate.class));
  }

  private static PaymentOrderBatch.Order fromOrder(ResultSet rs) throws SQLException {
    return new PaymentOrderBatch.Order(
        rs.getString("register_number"),
        rs.getString("creditor"),
        rs.getString("iban"),
        rs.getBigDecimal("amount"),
        rs.getString("currency"),
        rs.getObject("skonto_date", LocalDate.class),
        rs.getBigDecimal("skonto_amount"),
        rs.getString("cost_centre"),
        rs.getString("invoice_number"),
        rs.getObject("due_date", LocalDate.class));
  }
}
