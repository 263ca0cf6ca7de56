package de.iserlohn.digital.hr.travel;

import de.iserlohn.digital.platform.web.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The rules a travel request must meet before anything is stored (German message per field). */
public final class TravelRequestValidation {

  /** Means of transport and their German labels. */
  public static final Map<String, String> TRANSPORTS =
      Map.of(
          "BAHN", "Bahn",
          "OEPNV", "Öffentlicher Nahverkehr",
          "DIENSTWAGEN", "Dienstwagen",
          "PKW", "Privater PKW",
          "FLUGZEUG", "Flugzeug",
          "FAHRRAD", "Fahrrad");

  /** Upper limit of a plausible estimate. */
  public static final BigDecimal MAX_COST = new BigDecimal("20000");

  /** Longest trip that can be requested. */
  public static final int MAX_DAYS = 90;

  /** Expense claims are due within six months after the trip (§ 3 LRKG NRW). */
  public static final int CLAIM_DEADLINE_MONTHS = 6;

  private TravelRequestValidation() {}

  public static List<FieldError> check(TravelRequestForm form, LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    if (form.destination() == null || form.destination().isBlank()) {
      errors.add(new FieldError("destination", "Bitte geben Sie das Reiseziel an."));
    } else if (form.destination().length() > 200) {
      errors.add(new FieldError("destination", "Das Reiseziel darf höchstens 200 Zeichen haben."));
    }
    if (form.abroad() == null) {
      errors.add(new FieldError("abroad", "Bitte geben Sie an, ob die Reise ins Ausland führt."));
    }
    if (form.startDate() == null) {
      errors.add(new FieldError("startDate", "Bitte geben Sie den Beginn der Dienstreise an."));
    }
    if (form.endDate() == null) {
      errors.add(new FieldError("endDate", "Bitte geben Sie das Ende der Dienstreise an."));
    }
    if (form.startDate() != null && form.endDate() != null) {
      if (form.endDate().isBefore(form.startDate())) {
        errors.add(new FieldError("endDate", "Das Ende der Dienstreise liegt vor ihrem Beginn."));
      } else if (ChronoUnit.DAYS.between(form.startDate(), form.endDate()) + 1 > MAX_DAYS) {
        errors.add(
            new FieldError(
                "endDate", "Eine Dienstreise kann höchstens " + MAX_DAYS + " Tage dauern."));
      }
      if (form.endDate().plusMonths(CLAIM_DEADLINE_MONTHS).isBefore(today)) {
        errors.add(
            new FieldError(
                "startDate",
                "Die Dienstreise liegt mehr als sechs Monate zurück; die Frist für die"
                    + " Abrechnung ist abgelaufen."));
      }
    }
    if (form.purpose() == null || form.purpose().isBlank()) {
      errors.add(new FieldError("purpose", "Bitte geben Sie den Zweck der Dienstreise an."));
    } else if (form.purpose().length() > 1000) {
      errors.add(new FieldError("purpose", "Der Zweck darf höchstens 1000 Zeichen haben."));
    }
    if (form.transport() == null || !TRANSPORTS.containsKey(form.transport())) {
      errors.add(new FieldError("transport", "Bitte wählen Sie ein Verkehrsmittel aus der Liste."));
    }
    if (form.estimatedCost() == null) {
      errors.add(new FieldError("estimatedCost", "Bitte geben Sie die geschätzten Kosten an."));
    } else if (form.estimatedCost().signum() < 0) {
      errors.add(new FieldError("estimatedCost", "Die Kosten dürfen nicht negativ sein."));
    } else if (form.estimatedCost().compareTo(MAX_COST) > 0) {
      errors.add(
          new FieldError(
              "estimatedCost", "Die Kosten sind unplausibel hoch (höchstens 20.000 EUR)."));
    } else if (form.estimatedCost().scale() > 2) {
      errors.add(
          new FieldError("estimatedCost", "Bitte geben Sie die Kosten in Euro und Cent an."));
    }
    return errors;
  }
}
