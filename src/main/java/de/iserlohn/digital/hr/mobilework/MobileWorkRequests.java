package de.iserlohn.digital.hr.mobilework;

import static de.iserlohn.digital.hr.mobilework.MobileWorkProcess.*;

import de.iserlohn.digital.hr.directory.Employee;
import de.iserlohn.digital.hr.directory.EmployeeDirectory;
import de.iserlohn.digital.hr.personnelfile.PersonnelFiles;
import de.iserlohn.digital.hr.requests.HrRequest;
import de.iserlohn.digital.hr.requests.HrRequests;
import de.iserlohn.digital.hr.travel.TravelRequests;
import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.casefile.OpenVorgang;
import de.iserlohn.digital.platform.casefile.RetentionClass;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.identity.OrgUnits;
import de.iserlohn.digital.platform.web.FieldError;
import de.iserlohn.digital.platform.web.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Intake of mobile-work requests: check, Vorgang, request row and process in one transaction. */
@Service
@Transactional
public class MobileWorkRequests {

  private final EmployeeDirectory directory;
  private final PersonnelFiles personnelFiles;
  private final CaseFileManagement caseFile;
  private final HrRequests requests;
  private final RuntimeService runtime;
  private final Clock clock;

  MobileWorkRequests(
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

  public HrRequest submit(MobileWorkForm form, CurrentUser user) {
    LocalDate today = LocalDate.now(clock);
    List<FieldError> errors = MobileWorkValidation.check(form, today);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Employee employee = TravelRequests.requireEmployeeWithSupervisor(directory, user);
    personnelFiles.ensureFile(employee, user);
    String title = "Mobiles Arbeiten, " + form.daysPerWeek() + " Tag(e) pro Woche";
    String caseNumber =
        caseFile
            .open(
                new OpenVorgang(
                    null,
                    title + " ab " + form.startDate(),
                    CASE_TYPE,
                    OrgUnits.PERSONAL,
                    employee.userId(),
                    RetentionClass.PERSONNEL,
                    null),
                user)
            .caseNumber();
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
    requests.insert(request);
    Map<String, Object> vars = new HashMap<>();
    vars.put(VAR_EMPLOYEE_ID, employee.userId());
    vars.put(VAR_EMPLOYEE_NAME, employee.displayName());
    vars.put(VAR_EMPLOYEE_EMAIL, employee.email());
    vars.put(VAR_SUPERVISOR_ID, employee.supervisorId());
    vars.put(VAR_START_DATE, form.startDate().toString());
    vars.put(VAR_END_DATE, form.endDate().toString());
    vars.put(VAR_DAYS_PER_WEEK, form.daysPerWeek());
    vars.put(VAR_REASON, form.reason());
    vars.put(VAR_DECISION_DUE_DATE, date(today.plusDays(DECISION_DAYS)));
    vars.put(VAR_REMINDER_DATE, date(form.endDate().minusDays(REMINDER_DAYS_BEFORE_END)));
    vars.put(VAR_AGREEMENT_END_DATE, date(form.endDate().plusDays(1)));
    runtime.startProcessInstanceByKey(PROCESS_KEY, caseNumber, vars);
    return request;
  }

  private Date date(LocalDate day) {
    return Date.from(day.atStartOfDay(clock.getZone()).toInstant());
  }
}
