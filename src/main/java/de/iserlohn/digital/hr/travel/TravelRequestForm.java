package de.iserlohn.digital.hr.travel;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What an employee enters for a travel request.
 *
 * @param transport one of {@link TravelRequestValidation#TRANSPORTS}
 */
public record TravelRequestForm(
    String destination,
    Boolean abroad,
    LocalDate startDate,
    LocalDate endDate,
    String purpose,
    String transport,
    BigDecimal estimatedCost) {}
