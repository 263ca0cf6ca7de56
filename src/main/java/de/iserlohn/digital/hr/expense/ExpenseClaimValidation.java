package de.iserlohn.digital.hr.expense;

import de.iserlohn.digital.hr.documents.Uploads;
import de.iserlohn.digital.hr.requests.HrRequest;
import de.iserlohn.digital.hr.requests.RequestKind;
import de.iserlohn.digital.hr.requests.RequestStatus;
import de.iserlohn.digital.platform.web.FieldError;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The rules an expense claim must meet before anything is stored (German message per field). */
public final class ExpenseClaimValidation {

  /** Claims are excluded six months after the trip has ended (Ausschlussfrist, LRKG NRW). */
  public static final int CLAIM_DEADLINE_MONTHS = 6;

  public static final int MAX_KILOMETRES = 5000;
  public static final BigDecimal MAX_RECEIPTS = new BigDecimal("10000");
  public static final int MAX_RECEIPT_FILES = 10;
  public static final Set<String> VEHICLES = Set.of("PKW", "MOTORRAD");

  private ExpenseClaimValidation() {}

  public static List<FieldError> check(
      ExpenseClaimForm form,
      String employeeId,
      Optional<HrRequest> travel,
      boolean alreadyClaimed,
      List<Receipt> receipts,
      LocalDateTime now) {
    List<FieldError> errors = new ArrayList<>();
    Optional<HrRequest> approvedTrip = approvedTrip(travel, employeeId);
    checkTravel(approvedTrip.isPresent(), alreadyClaimed, errors);
    int days = checkTimes(form, approvedTrip, now, errors);
    checkMeals(errors, "breakfasts", "Frühstücke", form.breakfasts(), days);
    checkMeals(errors, "lunches", "Mittagessen", form.lunches(), days);
    checkMeals(errors, "dinners", "Abendessen", form.dinners(), days);
    checkMileage(form, errors);
    checkReceiptsAmount(form, receipts, errors);
    checkReceiptFiles(receipts, errors);
    return errors;
  }

  /** The travel request if it is the employee's own, approved Dienstreise. */
  private static Optional<HrRequest> approvedTrip(Optional<HrRequest> travel, String employeeId) {
    return travel
        .filter(t -> t.kind() == RequestKind.DIENSTREISE)
        .filter(t -> t.employeeId().equals(employeeId))
        .filter(t -> t.status() == RequestStatus.GENEHMIGT);
  }

  private static void checkTravel(
      boolean travelOk, boolean alreadyClaimed, List<FieldError> errors) {
    if (!travelOk) {
      errors.add(
          new FieldError(
              "travelCaseNumber", "Zu diesem Aktenzeichen gibt es keine genehmigte Dienstreise."));
    } else if (alreadyClaimed) {
      errors.add(
          new FieldError(
              "travelCaseNumber",
              "Für diese Dienstreise wurde bereits eine Abrechnung eingereicht."));
    }
  }

  /**
   * Departure and return: given, in order, over, within the deadline and within the approved trip.
   *
   * @return the travel days the meals may cover (1 while the times are not usable)
   */
  private static int checkTimes(
      ExpenseClaimForm form,
      Optional<HrRequest> approvedTrip,
      LocalDateTime now,
      List<FieldError> errors) {
    if (form.departure() == null) {
      errors.add(new FieldError("departure", "Bitte geben Sie den Reisebeginn an."));
    }
    if (form.returnAt() == null) {
      errors.add(new FieldError("returnAt", "Bitte geben Sie das Reiseende an."));
    }
    if (form.departure() == null || form.returnAt() == null) {
      return 1;
    }
    if (!form.returnAt().isAfter(form.departure())) {
      errors.add(new FieldError("returnAt", "Das Reiseende liegt vor dem Reisebeginn."));
    } else if (form.returnAt().isAfter(now)) {
      errors.add(
          new FieldError(
              "returnAt", "Eine Dienstreise kann erst nach ihrem Ende abgerechnet werden."));
    } else if (form.returnAt()
        .toLocalDate()
        .plusMonths(CLAIM_DEADLINE_MONTHS)
        .isBefore(now.toLocalDate())) {
      errors.add(
          new FieldError(
              "returnAt",
              "Die Frist von sechs Monaten nach Ende der Dienstreise ist abgelaufen; die"
                  + " Reisekosten können nicht mehr erstattet werden."));
    } else {
      approvedTrip.ifPresent(t -> checkWithinTrip(form, t, errors));
      return (int)
              ChronoUnit.DAYS.between(form.departure().toLocalDate(), form.returnAt().toLocalDate())
          + 1;
    }
    return 1;
  }

  private static void checkWithinTrip(
      ExpenseClaimForm form, HrRequest trip, List<FieldError> errors) {
    if (form.departure().toLocalDate().isBefore(trip.startDate())
        || form.returnAt().toLocalDate().isAfter(trip.endDate())) {
      errors.add(
          new FieldError(
              "departure",
              "Die Reisezeiten liegen außerhalb der genehmigten Dienstreise ("
                  + trip.startDate()
                  + " bis "
                  + trip.endDate()
                  + ")."));
    }
  }

  private static void checkMileage(ExpenseClaimForm form, List<FieldError> errors) {
    int km = form.kilometres() == null ? 0 : form.kilometres();
    if (km < 0 || km > MAX_KILOMETRES) {
      errors.add(
          new FieldError("kilometres", "Bitte geben Sie 0 bis " + MAX_KILOMETRES + " km an."));
    }
    boolean hasVehicle = form.vehicle() != null && !form.vehicle().isBlank();
    if (hasVehicle && !VEHICLES.contains(form.vehicle())) {
      errors.add(new FieldError("vehicle", "Bitte wählen Sie PKW oder Motorrad."));
    } else if (km > 0 && !hasVehicle) {
      errors.add(
          new FieldError("vehicle", "Bitte geben Sie an, mit welchem Fahrzeug Sie gefahren sind."));
    }
  }

  private static void checkReceiptsAmount(
      ExpenseClaimForm form, List<Receipt> receipts, List<FieldError> errors) {
    BigDecimal amount = form.receiptsAmount() == null ? BigDecimal.ZERO : form.receiptsAmount();
    if (amount.signum() < 0) {
      errors.add(new FieldError("receiptsAmount", "Der Betrag darf nicht negativ sein."));
    } else if (amount.compareTo(MAX_RECEIPTS) > 0) {
      errors.add(
          new FieldError(
              "receiptsAmount", "Der Betrag ist unplausibel hoch (höchstens 10.000 EUR)."));
    } else if (amount.scale() > 2) {
      errors.add(new FieldError("receiptsAmount", "Bitte geben Sie Euro und Cent an."));
    } else if (amount.signum() > 0 && receipts.isEmpty()) {
      errors.add(new FieldError("receipts", "Bitte laden Sie die Belege zu Ihren Auslagen hoch."));
    }
  }

  private static void checkReceiptFiles(List<Receipt> receipts, List<FieldError> errors) {
    if (receipts.size() > MAX_RECEIPT_FILES) {
      errors.add(new FieldError("receipts", "Höchstens " + MAX_RECEIPT_FILES + " Belege."));
    }
    for (Receipt r : receipts) {
      if (r.content().length > Uploads.MAX_BYTES) {
        errors.add(
            new FieldError("receipts", "Der Beleg " + r.fileName() + " ist größer als 5 MB."));
      } else if (Uploads.detectAccepted(r.content()) == null) {
        errors.add(
            new FieldError(
                "receipts",
                "Der Beleg " + r.fileName() + " ist keine PDF-, JPEG- oder PNG-Datei."));
      }
    }
  }

  private static void checkMeals(
      List<FieldError> errors, String field, String label, Integer count, int days) {
    if (count != null && (count < 0 || count > days)) {
      errors.add(new FieldError(field, "Anzahl " + label + ": 0 bis " + days + " (Reisetage)."));
    }
  }
}
