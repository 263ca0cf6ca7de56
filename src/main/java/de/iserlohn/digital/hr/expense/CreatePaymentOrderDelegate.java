package de.iserlohn.digital.hr.expense;

import static de.iserlohn.digital.hr.expense.ExpenseClaimProcess.*;

import de.iserlohn.digital.hr.requests.HrRequests;
import de.iserlohn.digital.hr.requests.RequestStatus;
import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.casefile.NewDokument;
import de.iserlohn.digital.platform.casefile.RetentionClass;
import de.iserlohn.digital.platform.casefile.SourceChannel;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.identity.OrgUnits;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Zahlungsanordnung erstellen": files the payment order (CSV, one line, the format of {@link
 * PaymentOrders}) into the claim's Vorgang with retention FINANCE and marks the claim ordered for
 * payment; the Stadtkasse collects all orders with {@code GET /api/hr/payment-orders.csv}.
 */
@Component
class CreatePaymentOrderDelegate implements JavaDelegate {

  static final String DOCUMENT_TYPE = "ZAHLUNGSANORDNUNG";

  private final HrRequests requests;
  private final CaseFileManagement caseFile;
  private final Clock clock;

  CreatePaymentOrderDelegate(HrRequests requests, CaseFileManagement caseFile, Clock clock) {
    this.requests = requests;
    this.caseFile = caseFile;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    String csv =
        PaymentOrders.HEADER
            + PaymentOrders.line(
                caseNumber,
                (String) execution.getVariable(VAR_EMPLOYEE_ID),
                (String) execution.getVariable(VAR_EMPLOYEE_NAME),
                (String) execution.getVariable(VAR_TRAVEL_CASE_NUMBER),
                new BigDecimal((String) execution.getVariable(VAR_TOTAL_AMOUNT)),
                LocalDate.now(clock));
    caseFile.addDocument(
        caseNumber,
        new NewDokument(
            "Zahlungsanordnung-" + caseNumber + ".csv",
            "text/csv",
            DOCUMENT_TYPE,
            SourceChannel.PROCESS,
            OrgUnits.PERSONAL,
            RetentionClass.FINANCE),
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
        CurrentUser.SYSTEM);
    requests.setStatus(caseNumber, RequestStatus.ZUR_ZAHLUNG_ANGEWIESEN);
    caseFile.close(caseNumber, "zur Zahlung angewiesen", CurrentUser.SYSTEM);
  }
}
