package de.iserlohn.digital.hr.expense;

import static de.iserlohn.digital.hr.expense.ExpenseClaimProcess.*;

import de.iserlohn.digital.hr.directory.Employee;
import de.iserlohn.digital.hr.directory.EmployeeDirectory;
import de.iserlohn.digital.hr.documents.Uploads;
import de.iserlohn.digital.hr.requests.HrRequest;
import de.iserlohn.digital.hr.requests.HrRequests;
import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.casefile.NewDokument;
import de.iserlohn.digital.platform.casefile.OpenVorgang;
import de.iserlohn.digital.platform.casefile.RetentionClass;
import de.iserlohn.digital.platform.casefile.SourceChannel;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.identity.OrgUnits;
import de.iserlohn.digital.platform.web.FieldError;
import de.iserlohn.digital.platform.web.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intake of expense claims: checks the claim (deadline, amounts, receipts by content), opens the
 * claim's Vorgang, files the receipts, records the claim and starts the process in one transaction.
 */
@Service
@Transactional
public class ExpenseClaims {

  private final EmployeeDirectory directory;
  private final CaseFileManagement caseFile;
  private final HrRequests requests;
  private final RuntimeService runtime;
  private final Clock clock;

  ExpenseClaims(
      EmployeeDirectory directory,
      CaseFileManagement caseFile,
      HrRequests requests,
      RuntimeService runtime,
      Clock clock) {
    this.directory = directory;
    this.caseFile = caseFile;
    this.requests = requests;
    this.runtime = runtime;
    this.clock = clock;
  }

  public HrRequest submit(ExpenseClaimForm form, List<Receipt> receipts, CurrentUser user) {
    Optional<HrRequest> travel =
        form.travelCaseNumber() == null ? Optional.empty() : requests.find(form.travelCaseNumber());
    boolean alreadyClaimed =
        travel.isPresent() && !requests.claimsFor(form.travelCaseNumber()).isEmpty();
    List<FieldError> errors =
        ExpenseClaimValidation.check(
            form, user.userId(), travel, alreadyClaimed, receipts, LocalDateTime.now(clock));
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Employee employee =
        directory
            .find(user.userId())
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "employee", "Sie sind nicht im Personalverzeichnis eingetragen."));
    HrRequest trip = travel.orElseThrow();
    String caseNumber =
        caseFile
            .open(
                new OpenVorgang(
                    null,
                    "Reisekostenabrechnung " + trip.destination() + " (" + trip.caseNumber() + ")",
                    CASE_TYPE,
                    OrgUnits.PERSONAL,
                    employee.userId(),
                    RetentionClass.FINANCE,
                    null),
                user)
            .caseNumber();
    int n = 0;
    for (Receipt r : receipts) {
      n++;
      caseFile.addDocument(
          caseNumber,
          new NewDokument(
              r.fileName() == null || r.fileName().isBlank() ? "Beleg-" + n : r.fileName(),
              Uploads.detectAccepted(r.content()),
              "BELEG",
              SourceChannel.PORTAL,
              OrgUnits.PERSONAL,
              RetentionClass.FINANCE),
          new ByteArrayInputStream(r.content()),
          user);
    }
    BigDecimal receiptsAmount =
        form.receiptsAmount() == null ? BigDecimal.ZERO : form.receiptsAmount();
    HrRequest claim =
        HrRequest.expenseClaim(
            caseNumber,
            employee.userId(),
            employee.supervisorId(),
            trip,
            form.departure().toLocalDate(),
            form.returnAt().toLocalDate(),
            form.vehicle(),
            clock.instant());
    requests.insert(claim);
    Map<String, Object> vars = new HashMap<>();
    vars.put(VAR_EMPLOYEE_ID, employee.userId());
    vars.put(VAR_EMPLOYEE_NAME, employee.displayName());
    vars.put(VAR_TRAVEL_CASE_NUMBER, trip.caseNumber());
    vars.put(VAR_DEPARTURE, form.departure().toString());
    vars.put(VAR_RETURN, form.returnAt().toString());
    vars.put(VAR_BREAKFASTS, orZero(form.breakfasts()));
    vars.put(VAR_LUNCHES, orZero(form.lunches()));
    vars.put(VAR_DINNERS, orZero(form.dinners()));
    vars.put(
        VAR_VEHICLE, form.vehicle() == null || form.vehicle().isBlank() ? null : form.vehicle());
    vars.put(VAR_KILOMETRES, orZero(form.kilometres()));
    vars.put(VAR_GOOD_REASON, Boolean.TRUE.equals(form.goodReason()));
    vars.put(VAR_RECEIPTS_TOTAL, receiptsAmount.setScale(2).toPlainString());
    vars.put(VAR_RECEIPT_COUNT, receipts.size());
    vars.put(
        VAR_CHECK_DUE_DATE,
        Date.from(
            LocalDate.now(clock).plusDays(CHECK_DAYS).atStartOfDay(clock.getZone()).toInstant()));
    runtime.startProcessInstanceByKey(PROCESS_KEY, caseNumber, vars);
    return claim;
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }
}
