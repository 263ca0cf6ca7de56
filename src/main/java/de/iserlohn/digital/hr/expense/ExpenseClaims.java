package de.iserlohn.digital.hr.expense;

import static de.iserlohn.digital.hr.expense.ExpenseClaimProcess.*;

import de.iserlohn.digital.hr.directory.Employee;
import de.iserlohn.digital.hr.documents.Uploads;
import de.iserlohn.digital.hr.requests.HrRequest;
import de.iserlohn.digital.hr.requests.HrRequests;
import de.iserlohn.digital.hr.requests.RequestIntake;
import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.casefile.NewDokument;
import de.iserlohn.digital.platform.casefile.RetentionClass;
import de.iserlohn.digital.platform.casefile.SourceChannel;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.identity.OrgUnits;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intake of expense claims: checks the claim (deadline, amounts, receipts by content), opens the
 * claim's Vorgang, files the receipts, records the claim and starts the process in one transaction.
 */
@Service
@Transactional
public class ExpenseClaims {

  private final RequestIntake intake;
  private final CaseFileManagement caseFile;
  private final HrRequests requests;
  private final Clock clock;

  ExpenseClaims(
      RequestIntake intake, CaseFileManagement caseFile, HrRequests requests, Clock clock) {
    this.intake = intake;
    this.caseFile = caseFile;
    this.requests = requests;
    this.clock = clock;
  }

  public HrRequest submit(ExpenseClaimForm form, List<Receipt> receipts, CurrentUser user) {
    Optional<HrRequest> travel =
        form.travelCaseNumber() == null ? Optional.empty() : requests.find(form.travelCaseNumber());
    boolean alreadyClaimed =
        travel.isPresent() && !requests.claimsFor(form.travelCaseNumber()).isEmpty();
    RequestIntake.rejectIfInvalid(
        ExpenseClaimValidation.check(
            form, user.userId(), travel, alreadyClaimed, receipts, LocalDateTime.now(clock)));
    Employee employee = intake.requireEmployee(user);
    HrRequest trip = travel.orElseThrow();
    String caseNumber =
        intake.openCase(
            employee,
            "Reisekostenabrechnung " + trip.destination() + " (" + trip.caseNumber() + ")",
            CASE_TYPE,
            RetentionClass.FINANCE,
            user);
    fileReceipts(caseNumber, receipts, user);
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
    return intake.start(claim, PROCESS_KEY, variables(form, receipts, employee, trip));
  }

  /** Files the receipts into the claim's Vorgang, numbered where they have no file name. */
  private void fileReceipts(String caseNumber, List<Receipt> receipts, CurrentUser user) {
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
  }

  private Map<String, Object> variables(
      ExpenseClaimForm form, List<Receipt> receipts, Employee employee, HrRequest trip) {
    BigDecimal receiptsAmount =
        form.receiptsAmount() == null ? BigDecimal.ZERO : form.receiptsAmount();
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
    vars.put(VAR_CHECK_DUE_DATE, intake.startOf(LocalDate.now(clock).plusDays(CHECK_DAYS)));
    return vars;
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }
}
