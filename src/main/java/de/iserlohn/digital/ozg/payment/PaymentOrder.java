package de.iserlohn.digital.ozg.payment;

import java.math.BigDecimal;

/**
 * What to collect: the fee of a case.
 *
 * @param caseNumber the application's case number (the payment's business reference)
 * @param amount the amount in EUR
 * @param purpose the German purpose shown to the citizen (Verwendungszweck)
 */
public record PaymentOrder(String caseNumber, BigDecimal amount, String purpose) {}
