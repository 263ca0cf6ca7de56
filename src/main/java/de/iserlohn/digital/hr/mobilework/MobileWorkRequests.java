package de.iserlohn.digital.hr.mobilework;

import static de.iserlohn.digital.hr.mobilework.MobileWorkProcess.*;

import de.iserlohn.digital.hr.directory.Employee;
import de.iserlohn.digital.hr.requests.HrRequest;
import de.iserlohn.digital.hr.requests.RequestIntake;
import de.iserlohn.digital.platform.casefile.RetentionClass;
import de.iserlohn.digital.platform.identity.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Intake of mobile-work requests: check, Vorgang, request row and process in one transaction. */
@Service
@Transactional
public class MobileWorkRequests {

  private final RequestIntake intake;
  private final Clock clock;

  MobileWorkRequests(RequestIntake intake, Clock clock) {
    this.intake = intake;
    this.clock = clock;
  }

  public HrRequest submit(MobileWorkForm form, CurrentUser user) {
    LocalDate today = LocalDate.now(clock);
    RequestIntake.rejectIfInvalid(MobileWorkValidation.check(form, today));
    Employee employee = intake.requireApplicant(user);
    String title = "Mobiles Arbeiten, " + form.daysPerWeek() + " Tag(e) pro Woche";
    String caseNumber =
        intake.openCase(
            employee, title + " ab " + form.startDate(), CASE_TYPE, RetentionClass.PERSONNEL, user);
    HrRequest request =
        HrRequest.mobileWorkRequest(
            caseNumber,
            employee.userId(),
            employee.supervisorId(),
            title,
            form.startDate(),
            form.endDate(),
            form.reason(),
            clock.instant());
    return intake.start(request, PROCESS_KEY, variables(form, employee, today));
  }

  private Map<String, Object> variables(MobileWorkForm form, Employee employee, LocalDate today) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(VAR_EMPLOYEE_ID, employee.userId());
    vars.put(VAR_EMPLOYEE_NAME, employee.displayName());
    vars.put(VAR_EMPLOYEE_EMAIL, employee.email());
    vars.put(VAR_SUPERVISOR_ID, employee.supervisorId());
    vars.put(VAR_START_DATE, form.startDate().toString());
    vars.put(VAR_END_DATE, form.endDate().toString());
    vars.put(VAR_DAYS_PER_WEEK, form.daysPerWeek());
    vars.put(VAR_REASON, form.reason());
    vars.put(VAR_DECISION_DUE_DATE, intake.startOf(today.plusDays(DECISION_DAYS)));
    vars.put(VAR_REMINDER_DATE, intake.startOf(form.endDate().minusDays(REMINDER_DAYS_BEFORE_END)));
    vars.put(VAR_AGREEMENT_END_DATE, intake.startOf(form.endDate().plusDays(1)));
    return vars;
  }
}
