package de.iserlohn.digital.ozg.payment;

import de.iserlohn.digital.ozg.OzgMessages;
import de.iserlohn.digital.ozg.OzgProcess;
import de.iserlohn.digital.platform.web.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fee payments ({@code ozg_payment}): opened by the payment call activity, confirmed by the
 * provider's signed callback, which correlates {@link OzgMessages#PAYMENT_RECEIVED} to the waiting
 * process. A confirmation arrives once: repeated callbacks change nothing.
 */
@Service
@Transactional
public class Payments {

  private static final Logger LOG = LoggerFactory.getLogger(Payments.class);
  static final String STATUS_PAID = "PAID";

  private final JdbcTemplate jdbc;
  private final PaymentProvider provider;
  private final RuntimeService runtime;
  private final Clock clock;

  Payments(JdbcTemplate jdbc, PaymentProvider provider, RuntimeService runtime, Clock clock) {
    this.jdbc = jdbc;
    this.provider = provider;
    this.runtime = runtime;
    this.clock = clock;
  }

  /** Opens a payment at the provider and records it. */
  public Payment open(PaymentOrder order, Instant dueAt) {
    PaymentSession session = provider.create(order);
    jdbc.update(
        "insert into ozg_payment (reference, case_number, amount, purpose, pay_url, status,"
            + " created_at, due_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
        session.reference(),
        order.caseNumber(),
        order.amount(),
        order.purpose(),
        session.redirectUrl(),
        Payment.OPEN,
        Timestamp.from(clock.instant()),
        Timestamp.from(dueAt));
    return find(session.reference()).orElseThrow();
  }

  @Transactional(readOnly = true)
  public Optional<Payment> find(String reference) {
    return jdbc
        .query("select * from ozg_payment where reference = ?", Payments::map, reference)
        .stream()
        .findFirst();
  }

  /** The latest payment of a case. */
  @Transactional(readOnly = true)
  public Optional<Payment> latestOf(String caseNumber) {
    return jdbc
        .query(
            "select * from ozg_payment where case_number = ? order by created_at desc",
            Payments::map,
            caseNumber)
        .stream()
        .findFirst();
  }

  /**
   * Handles the provider's callback.
   *
   * @return the payment after the callback
   * @throws NotFoundException for an unknown reference or a wrong signature (nothing changes)
   */
  public Payment confirm(String reference, String status, long amountCents, String signature) {
    Payment payment = find(reference).orElseThrow(() -> NotFoundException.of("Zahlung", reference));
    if (!provider.verify(reference, status, amountCents, signature)
        || amountCents != payment.amountCents()) {
      LOG.warn("Payment callback with a wrong signature for {}", reference);
      throw NotFoundException.of("Zahlung", reference);
    }
    if (!STATUS_PAID.equals(status) || !Payment.OPEN.equals(payment.status())) {
      return payment;
    }
    int changed =
        jdbc.update(
            "update ozg_payment set status = ?, paid_at = ? where reference = ? and status = ?",
            Payment.PAID,
            Timestamp.from(clock.instant()),
            reference,
            Payment.OPEN);
    if (changed == 1) {
      runtime
          .createMessageCorrelation(OzgMessages.PAYMENT_RECEIVED)
          .processInstanceBusinessKey(payment.caseNumber())
          .setVariable(OzgProcess.VAR_PAID, true)
          .correlate();
    }
    return find(reference).orElseThrow();
  }

  /** Marks the open payment of a case as expired (the deadline passed). */
  public void expire(String reference) {
    jdbc.update(
        "update ozg_payment set status = ? where reference = ? and status = ?",
        Payment.EXPIRED,
        reference,
        Payment.OPEN);
  }

  private static Payment map(ResultSet rs, int row) throws SQLException {
    Timestamp paid = rs.getTimestamp("paid_at");
    return new Payment(
        rs.getString("reference"),
        rs.getString("case_number"),
        rs.getBigDecimal("amount"),
        rs.getString("purpose"),
        rs.getString("status"),
        rs.getTimestamp("due_at").toInstant(),
        paid == null ? null : paid.toInstant(),
        rs.getString("pay_url"));
  }
}
