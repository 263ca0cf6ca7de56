package de.iserlohn.digital.hr.expense;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * What an employee enters for an expense claim (receipts come as files beside it).
 *
 * @param travelCaseNumber the approved travel request this claim settles
 * @param vehicle {@code PKW} or {@code MOTORRAD} if a private vehicle was used, else empty
 * @param goodReason whether there was a good reason ("triftiger Grund") for the private car
 * @param receiptsAmount the sum of the receipts (tickets, hotel, fees) in EUR
 */
public record ExpenseClaimForm(
    String travelCaseNumber,
    LocalDateTime departure,
    LocalDateTime returnAt,
    Integer breakfasts,
    Integer lunches,
    Integer dinners,
    String vehicle,
    Integer kilometres,
    Boolean goodReason,
    BigDecimal receiptsAmount) {}
