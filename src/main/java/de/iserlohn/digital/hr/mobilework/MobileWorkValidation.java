package de.iserlohn.digital.hr.mobilework;

import de.iserlohn.digital.platform.web.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The rules a mobile-work request must meet before anything is stored. */
public final class MobileWorkValidation {

  /** Longest agreement (then a new request). */
  public static final int MAX_MONTHS = 24;

  private MobileWorkValidation() {}

  public static List<FieldError> check(MobileWorkForm form, LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    if (form.startDate() == null) {
      errors.add(new FieldError("startDate", "Bitte geben Sie den Beginn an."));
    } else if (form.startDate().isBefore(today)) {
      errors.add(new FieldError("startDate", "Der Beginn darf nicht in der Vergangenheit liegen."));
    }
    if (form.endDate() == null) {
      errors.add(new FieldError("endDate", "Bitte geben Sie das Ende an."));
    }
    if (form.startDate() != null && form.endDate() != null) {
      if (!form.endDate().isAfter(form.startDate())) {
        errors.add(new FieldError("endDate", "Das Ende muss nach dem Beginn liegen."));
      } else if (form.endDate().isAfter(form.startDate().plusMonths(MAX_MONTHS))) {
        errors.add(new FieldError("endDate", "Eine Vereinbarung gilt höchstens 24 Monate."));
      }
    }
    if (form.daysPerWeek() == null || form.daysPerWeek() < 1 || form.daysPerWeek() > 5) {
      errors.add(new FieldError("daysPerWeek", "Bitte geben Sie 1 bis 5 Tage pro Woche an."));
    }
    if (form.reason() != null && form.reason().length() > 1000) {
      errors.add(new FieldError("reason", "Die Begründung darf höchstens 1000 Zeichen haben."));
    }
    return errors;
  }
}
