package de.iserlohn.digital.ozg.payment;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A fee payment of a case.
 *
 * @param status {@code OFFEN}, {@code BEZAHLT} or {@code VERFALLEN}
 * @param payUrl where the citizen pays (the provider's page)
 */
public record Payment(
    String reference,
    String caseNumber,
    BigDecimal amount,
    String purpose,
    String status,
    Instant dueAt,
    Instant paidAt,
    String payUrl) {

  public static final String OPEN = "OFFEN";
  public static final String PAID = "BEZAHLT";
  public static final String EXPIRED = "VERFALLEN";

  public long amountCents() {
    return amount.movePointRight(2).longValueExact();
  }
}
