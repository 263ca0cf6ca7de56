package de.iserlohn.digital.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An entry of the invoice register as the REST API returns it.
 *
 * @param duplicate true when this upload was a duplicate and the first registration is returned
 */
record InvoiceView(
    String registerNumber,
    String format,
    String status,
    boolean duplicate,
    Instant receivedAt,
    String channel,
    String supplier,
    String invoiceNumber,
    LocalDate invoiceDate,
    String currency,
    BigDecimal grossAmount,
    BigDecimal amountDue,
    LocalDate dueDate,
    Integer skontoDays,
    BigDecimal skontoPercent,
    LocalDate skontoDate,
    String leitwegId,
    String receivingUnit,
    String ruleSet,
    String fileSha256,
    List<Finding> findings,
    List<StatusChange> history) {

  /** One step of the status history. */
  record StatusChange(String status, Instant changedAt, String actor, String note) {}

  InvoiceView asDuplicate() {
    return new InvoiceView(
        registerNumber,
        format,
        status,
        true,
        receivedAt,
        channel,
        supplier,
        invoiceNumber,
        invoiceDate,
        currency,
        grossAmount,
        amountDue,
        dueDate,
        skontoDays,
        skontoPercent,
        skontoDate,
        leitwegId,
        receivingUnit,
        ruleSet,
        fileSha256,
        findings,
        history);
  }
}
