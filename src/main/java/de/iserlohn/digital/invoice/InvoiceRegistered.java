package de.iserlohn.digital.invoice;

import java.math.BigDecimal;

/**
 * An incoming invoice was entered into the invoice register.
 *
 * @param registerNumber the register number, also the case number of its Vorgang
 * @param status VALID or INVALID
 * @param amountDue the amount to pay (BT-115)
 * @param currency ISO 4217 code
 */
public record InvoiceRegistered(
    String registerNumber, String status, BigDecimal amountDue, String currency) {}
