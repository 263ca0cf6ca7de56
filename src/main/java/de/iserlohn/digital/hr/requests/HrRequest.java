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
    Instant updatedAt) {

  /** A new travel request (Dienstreiseantrag), applied for now. */
  public static HrRequest travelRequest(
      String caseNumber,
      String employeeId,
      String supervisorId,
      String destination,
      Boolean abroad,
      LocalDate startDate,
      LocalDate endDate,
      String purpose,
      String transport,
      BigDecimal estimatedCost,
      Instant now) {
    return new HrRequest(
        caseNumber,
        RequestKind.DIENSTREISE,
        employeeId,
        supervisorId,
        "Dienstreise nach " + destination,
        RequestStatus.BEANTRAGT,
        destination,
        abroad,
        startDate,
        endDate,
        purpose,
        transport,
        estimatedCost,
        null,
        null,
        now,
        now);
  }

  /** A new mobile-work request, applied for now; the reason is kept as its purpose. */
  public static HrRequest mobileWorkRequest(
      String caseNumber,
      String employeeId,
      String supervisorId,
      String title,
      LocalDate startDate,
      LocalDate endDate,
      String reason,
      Instant now) {
    return new HrRequest(
        caseNumber,
        RequestKind.MOBILES_ARBEITEN,
        employeeId,
        supervisorId,
        title,
        RequestStatus.BEANTRAGT,
        null,
        null,
        startDate,
        endDate,
        reason,
        null,
        null,
        null,
        null,
        now,
        now);
  }

  /**
   * A new expense claim that settles the travel request {@code trip}, in review from now; its
   * amount is computed later.
   */
  public static HrRequest expenseClaim(
      String caseNumber,
      String employeeId,
      String supervisorId,
      HrRequest trip,
      LocalDate departureDay,
      LocalDate returnDay,
      String vehicle,
      Instant now) {
    return new HrRequest(
        caseNumber,
        RequestKind.REISEKOSTEN,
        employeeId,
        supervisorId,
        "Reisekostenabrechnung " + trip.destination(),
        RequestStatus.IN_PRUEFUNG,
        trip.destination(),
        trip.abroad(),
        departureDay,
        returnDay,
        null,
        vehicle,
        null,
        trip.caseNumber(),
        null,
        now,
        now);
  }

  /** The same request in another status. */
  public HrRequest withStatus(RequestStatus newStatus) {
    return new HrRequest(
        caseNumber,
        kind,
        employeeId,
        supervisorId,
        title,
        newStatus,
        destination,
        abroad,
        startDate,
        endDate,
        purpose,
        transport,
        estimatedCost,
        travelCaseNumber,
        amount,
        createdAt,
        updatedAt);
  }
}
