package de.iserlohn.digital.hr.requests;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An employee's request as listed to them. Fields that do not apply to the kind are {@code null}.
 *
 * @param caseNumber the Vorgang and business key of the process
 * @param travelCaseNumber for an expense claim: the approved travel request it settles
 * @param amount for an expense claim: the computed refund
 */
public record HrRequest(
    String caseNumber,
    RequestKind kind,
    String employeeId,
    String supervisorId,
    String title,
    RequestStatus status,
    String destination,
    Boolean abroad,
    LocalDate startDate,
    LocalDate endDate,
    String purpose,
    String transport,
    BigDecimal estimatedCost,
    String travelCaseNumber,
    BigDecimal amount,
    Instant createdAt,
    Instant updatedAt) {}
