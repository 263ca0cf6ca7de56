package de.iserlohn.digital.invoice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A batch of payment orders (Zahlungsanordnungen) for the Stadtkasse.
 *
 * @param newlyCreated false when an earlier batch is returned for a repeated request
 */
record PaymentOrderBatch(
    String batchId,
    Instant createdAt,
    String createdBy,
    int orderCount,
    BigDecimal totalAmount,
    boolean newlyCreated,
    List<Order> orders) {

  /**
   * One payment order: pay {@code amount} to {@code iban}; with Skonto, {@code skontoAmount} is the
   * discount that may be deducted when paying by {@code skontoDate}.
   */
  record Order(
      String registerNumber,
      String creditor,
      String iban,
      BigDecimal amount,
      String currency,
      LocalDate skontoDate,
      BigDecimal skontoAmount,
      String costCentre,
      String invoiceNumber,
      LocalDate dueDate) {

    /** The Skonto discount of an amount: percent of it, rounded to cents. */
    static BigDecimal skontoAmount(BigDecimal amount, BigDecimal percent) {
      if (amount == null || percent == null) {
        return null;
      }
      return amount.multiply(percent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    /** What is paid when the Skonto is taken. */
    BigDecimal amountWithSkonto() {
      return skontoAmount == null ? null : amount.subtract(skontoAmount);
    }

    /** The purpose line on the transfer: invoice number and register number. */
    String purpose() {
      return "Rechnung %s / %s"
          .formatted(invoiceNumber == null ? "-" : invoiceNumber, registerNumber);
    }
  }

  PaymentOrderBatch asRepeated() {
    return new PaymentOrderBatch(
        batchId, createdAt, createdBy, orderCount, totalAmount, false, orders);
  }
}
