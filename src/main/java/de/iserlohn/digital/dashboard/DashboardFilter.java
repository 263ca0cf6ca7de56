package de.iserlohn.digital.dashboard;

import de.iserlohn.digital.platform.figures.MeasuredProcess;
import de.iserlohn.digital.platform.identity.OrgUnits;
import de.iserlohn.digital.platform.web.FieldError;
import de.iserlohn.digital.platform.web.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's filters: the period (both days included), an org unit and an online service (both
 * optional).
 */
record DashboardFilter(LocalDate from, LocalDate to, String unit, String service) {

  /** A period longer than this is refused (the page stays fast). */
  static final int MAX_YEARS = 10;

  /** Checks the raw parameters; unknown unit or service and an inverted period are refused. */
  static DashboardFilter parse(
      String from,
      String to,
      String unit,
      String service,
      LocalDate today,
      List<MeasuredProcess> processes) {
    List<FieldError> errors = new ArrayList<>();
    LocalDate end = date("to", to, today, errors);
    LocalDate start =
        date(
            "from",
            from,
            end == null ? today.minusYears(1).plusDays(1) : end.minusYears(1).plusDays(1),
            errors);
    if (start != null && end != null) {
      if (start.isAfter(end)) {
        errors.add(new FieldError("from", "Der Beginn liegt nach dem Ende des Zeitraums."));
      } else if (start.isBefore(end.minusYears(MAX_YEARS))) {
        errors.add(new FieldError("from", "Der Zeitraum darf höchstens zehn Jahre umfassen."));
      }
    }
    String u = blankToNull(unit);
    if (u != null && !OrgUnits.CLERK_UNITS.contains(u)) {
      errors.add(new FieldError("unit", "Unbekannte Organisationseinheit: " + u));
    }
    String s = blankToNull(service);
    if (s != null
        && processes.stream()
            .noneMatch(p -> p.area() == MeasuredProcess.Area.OZG && p.key().equals(s))) {
      errors.add(new FieldError("service", "Unbekannter Onlinedienst: " + s));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new DashboardFilter(start, end, u, s);
  }

  private static LocalDate date(
      String field, String text, LocalDate fallback, List<FieldError> errors) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "Kein gültiges Datum (JJJJ-MM-TT): " + text));
      return null;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
