package de.iserlohn.digital.hr.travel;

import static de.iserlohn.digital.hr.travel.TravelRequestProcess.*;

import de.iserlohn.digital.hr.directory.Employee;
import de.iserlohn.digital.hr.directory.EmployeeDirectory;
import de.iserlohn.digital.hr.personnelfile.PersonnelFiles;
import de.iserlohn.digital.hr.requests.HrRequest;
import de.iserlohn.digital.hr.requests.HrRequests;
import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.casefile.OpenVorgang;
import de.iserlohn.digital.platform.casefile.RetentionClass;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.identity.OrgUnits;
import de.iserlohn.digital.platform.web.FieldError;
import de.iserlohn.digital.platform.web.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intake of travel requests: checks the input, opens the request's Vorgang, records the request and
 * starts the process, all in one transaction; bad input stores nothing.
 */
@Service
@Transactional
public class TravelRequests {

  private final EmployeeDirectory directory;
  private final PersonnelFiles personnelFiles;
  private final CaseFileManagement caseFile;
  private final HrRequests requests;
  private final RuntimeService runtime;
  private final Clock clock;

  TravelRequests(
      EmployeeDirectory directory,
      PersonnelFiles personnelFiles,
      CaseFileManagement caseFile,
      HrRequests requests,
      RuntimeService runtime,
      Clock clock) {
    this.directory = directory;
    this.personnelFiles = personnelFiles;
    this.caseFile = caseFile;
    this.requests = requests;
    this.runtime = runtime;
    this.clock = clock;
  }

  public HrRequest submit(TravelRequestForm form, CurrentUser user) {
    LocalDate today = LocalDate.now(clock);
    List<FieldError> errors = TravelRequestValidation.check(form, today);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Employee employee = requireEmployeeWithSupervisor(directory, user);
    personnelFiles.ensureFile(employee, user);
    String caseNumber =
        caseFile
            .open(
                new OpenVorgang(
                    null,
                    "Dienstreise nach " + form.destination() + " (" + form.startDate() + ")",
                    CASE_TYPE,
                    OrgUnits.PERSONAL,
                    employee.userId(),
                    RetentionClass.PERSONNEL,
                    null),
                user)
            .caseNumber();
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
    requests.insert(request);
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
    vars.put(
        VAR_APPROVAL_DUE_DATE,
        Date.from(today.plusDays(APPROVAL_DAYS).atStartOfDay(clock.getZone()).toInstant()));
    runtime.startProcessInstanceByKey(PROCESS_KEY, caseNumber, vars);
    return request;
  }

  /**
   * The caller as an employee with a supervisor; anybody else gets a 400 (the directory is the
   * source of who may file requests).
   */
  public static Employee requireEmployeeWithSupervisor(
      EmployeeDirectory directory, CurrentUser user) {
    Employee employee =
        directory
            .find(user.userId())
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "employee", "Sie sind nicht im Personalverzeichnis eingetragen."));
    if (employee.supervisorId() == null) {
      throw InvalidInputException.of(
          "employee",
          "Für Sie ist keine Vorgesetzte oder kein Vorgesetzter hinterlegt; bitte wenden Sie"
              + " sich an die Personalabteilung.");
    }
    return employee;
  }
}
