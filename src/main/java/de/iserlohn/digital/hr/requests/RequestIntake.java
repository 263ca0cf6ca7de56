package de.iserlohn.digital.hr.requests;

import de.iserlohn.digital.hr.directory.Employee;
import de.iserlohn.digital.hr.directory.EmployeeDirectory;
import de.iserlohn.digital.hr.personnelfile.PersonnelFiles;
import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.casefile.OpenVorgang;
import de.iserlohn.digital.platform.casefile.RetentionClass;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.identity.OrgUnits;
import de.iserlohn.digital.platform.web.CityTime;
import de.iserlohn.digital.platform.web.FieldError;
import de.iserlohn.digital.platform.web.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps an employee's request goes through on intake, whatever its kind (travel, mobile work,
 * expenses): reject bad input before anything is stored, find the applicant in the directory, open
 * the request's Vorgang at the personnel office, record the request and start its process under the
 * case number. All in the caller's transaction, so that a failure stores nothing.
 */
@Service
@Transactional
public class RequestIntake {

  private final EmployeeDirectory directory;
  private final PersonnelFiles personnelFiles;
  private final CaseFileManagement caseFile;
  private final HrRequests requests;
  private final RuntimeService runtime;
  private final Clock clock;

  RequestIntake(
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

  /** A 400 with a German message per field if the checks found anything. */
  public static void rejectIfInvalid(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  /** The caller as an employee; anybody not in the directory gets a 400. */
  public Employee requireEmployee(CurrentUser user) {
    return directory
        .find(user.userId())
        .orElseThrow(
            () ->
                InvalidInputException.of(
                    "employee", "Sie sind nicht im Personalverzeichnis eingetragen."));
  }

  /**
   * The caller as an employee with a supervisor who decides on the request (the directory is the
   * source of who may file requests; anybody else gets a 400), with their personnel file opened.
   */
  public Employee requireApplicant(CurrentUser user) {
    Employee employee = requireEmployee(user);
    if (employee.supervisorId() == null) {
      throw InvalidInputException.of(
          "employee",
          "Für Sie ist keine Vorgesetzte oder kein Vorgesetzter hinterlegt; bitte wenden Sie"
              + " sich an die Personalabteilung.");
    }
    personnelFiles.ensureFile(employee, user);
    return employee;
  }

  /** Opens the request's Vorgang at the personnel office, owned by the employee; its number. */
  public String openCase(
      Employee employee,
      String title,
      String caseType,
      RetentionClass retention,
      CurrentUser user) {
    return caseFile
        .open(
            new OpenVorgang(
                null, title, caseType, OrgUnits.PERSONAL, employee.userId(), retention, null),
            user)
        .caseNumber();
  }

  /** Records the request and starts its process with the request's case number as business key. */
  public HrRequest start(HrRequest request, String processKey, Map<String, Object> variables) {
    requests.insert(request);
    runtime.startProcessInstanceByKey(processKey, request.caseNumber(), variables);
    return request;
  }

  /** The start of the day as the engine takes it for due dates and timers. */
  public Date startOf(LocalDate day) {
    return Date.from(CityTime.startOfDay(day));
  }
}
