package de.iserlohn.digital.hr.travel;

import static de.iserlohn.digital.hr.travel.TravelRequestProcess.*;

import de.iserlohn.digital.hr.directory.Employee;
import de.iserlohn.digital.hr.requests.HrRequest;
import de.iserlohn.digital.hr.requests.RequestIntake;
import de.iserlohn.digital.platform.casefile.RetentionClass;
import de.iserlohn.digital.platform.identity.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intake of travel requests: checks the input, opens the request's Vorgang, records the request and
 * starts the process, all in one transaction; bad input stores nothing.
 */
@Service
@Transactional
public class TravelRequests {

  private final RequestIntake intake;
  private final Clock clock;

  TravelRequests(RequestIntake intake, Clock clock) {
    this.intake = intake;
    this.clock = clock;
  }

  public HrRequest submit(TravelRequestForm form, CurrentUser user) {
    LocalDate today = LocalDate.now(clock);
    RequestIntake.rejectIfInvalid(TravelRequestValidation.check(form, today));
    Employee employee = intake.requireApplicant(user);
    String caseNumber =
        intake.openCase(
            employee,
            "Dienstreise nach " + form.destination() + " (" + form.startDate() + ")",
            CASE_TYPE,
            RetentionClass.PERSONNEL,
            user);
    HrRequest request =
        HrRequest.travelRequest(
            caseNumber,
            employee.userId(),
            employee.supervisorId(),
            form.destination(),
            form.abroad(),
            form.startDate(),
            form.endDate(),
            form.purpose(),
            form.transport(),
            form.estimatedCost(),
            clock.instant());
    return intake.start(request, PROCESS_KEY, variables(form, employee, today));
  }

  private Map<String, Object> variables(
      TravelRequestForm form, Employee employee, LocalDate today) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(VAR_EMPLOYEE_ID, employee.userId());
    vars.put(VAR_EMPLOYEE_NAME, employee.displayName());
    vars.put(VAR_SUPERVISOR_ID, employee.supervisorId());
    vars.put(VAR_DESTINATION, form.destination());
    vars.put(VAR_ABROAD, form.abroad());
    vars.put(VAR_START_DATE, form.startDate().toString());
    vars.put(VAR_END_DATE, form.endDate().toString());
    vars.put(VAR_TRAVEL_DAYS, (int) ChronoUnit.DAYS.between(form.startDate(), form.endDate()) + 1);
    vars.put(VAR_PURPOSE, form.purpose());
    vars.put(VAR_TRANSPORT, TravelRequestValidation.TRANSPORTS.get(form.transport()));
    vars.put(VAR_ESTIMATED_COST, form.estimatedCost().doubleValue());
    vars.put(VAR_APPROVAL_DUE_DATE, intake.startOf(today.plusDays(APPROVAL_DAYS)));
    return vars;
  }
}
