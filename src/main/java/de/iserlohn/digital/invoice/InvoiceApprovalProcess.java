package de.iserlohn.digital.invoice;

import de.iserlohn.digital.platform.identity.OrgUnits;
import de.iserlohn.digital.platform.web.CityTime;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Ids, variable names and decision keys of {@code processes/invoice/invoice-approval.bpmn}. */
final class InvoiceApprovalProcess {

  static final String PROCESS_KEY = "invoice-approval";
  static final String DECISION_APPROVAL_LEVEL = "invoice-approval-level";

  static final String INVOICE_RECEIVED = "InvoiceReceived";
  static final String TAKE_OVER_DATA = "TakeOverInvoiceData";
  static final String SEND_REJECTION = "SendRejection";
  static final String INVOICE_REJECTED = "InvoiceRejected";
  static final String ROUTE_INVOICE = "RouteInvoice";
  static final String CHECK_FACTUAL = "CheckFactualAccuracy";
  static final String CHECK_ARITHMETIC = "CheckArithmeticAccuracy";
  static final String APPROVE_EXTRA = "ApproveExtra";
  static final String ORDER_PAYMENT = "OrderPayment";
  static final String DEADLINE_NEAR = "DeadlineNear";
  static final String SECURE_DEADLINE = "SecureDeadline";
  static final String RELEASE_INVOICE = "ReleaseInvoice";
  static final String INVOICE_RELEASED = "InvoiceReleased";

  static final String VAR_REGISTER_NUMBER = "registerNumber";
  static final String VAR_VALID = "valid";
  static final String VAR_SUPPLIER = "supplier";
  static final String VAR_AMOUNT = "amount";
  static final String VAR_COST_CENTRE = "costCentre";
  static final String VAR_ORDERING_UNIT = "orderingUnit";
  static final String VAR_MANUAL_ROUTING = "manualRouting";
  static final String VAR_DUE_DATE = "dueDate";
  static final String VAR_DEADLINE_ESCALATION = "deadlineEscalation";
  static final String VAR_APPROVAL_GROUP = "approvalGroup";
  static final String VAR_APPROVERS = "approvers";
  static final String NO_EXTRA_APPROVAL = "keine";

  /** Days before the Skonto date (or else the due date) when the timer escalates. */
  static final int ESCALATION_DAYS_BEFORE = 3;

  private InvoiceApprovalProcess() {}

  /**
   * The variables of an approval, from its register entry: the decision inputs (valid, amount, cost
   * centre, ordering unit, manual routing), the dates of the user tasks and of the escalation timer
   * ({@link #ESCALATION_DAYS_BEFORE} days before the Skonto date, else the due date; not before the
   * day of receipt), and the supplier for the task list.
   */
  static Map<String, Object> variables(String registerNumber, InvoiceRegister.ApprovalInputs in) {
    LocalDate receivedOn = CityTime.day(in.receivedAt());
    LocalDate deadline = in.skontoDate() != null ? in.skontoDate() : in.dueDate();
    LocalDate escalation = deadline.minusDays(ESCALATION_DAYS_BEFORE);
    if (escalation.isBefore(receivedOn)) {
      escalation = receivedOn;
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_REGISTER_NUMBER, registerNumber);
    variables.put(VAR_VALID, !"INVALID".equals(in.status()));
    variables.put(VAR_SUPPLIER, Optional.ofNullable(in.supplier()).orElse(""));
    variables.put(VAR_AMOUNT, in.amountDue() == null ? 0.0 : in.amountDue().doubleValue());
    variables.put(VAR_COST_CENTRE, Optional.ofNullable(in.costCentre()).orElse(""));
    variables.put(
        VAR_ORDERING_UNIT, Optional.ofNullable(in.receivingUnit()).orElse(OrgUnits.BUCHHALTUNG));
    variables.put(VAR_MANUAL_ROUTING, in.receivingUnit() == null);
    variables.put(VAR_DUE_DATE, InvoiceIntake.date(in.dueDate()));
    variables.put(VAR_DEADLINE_ESCALATION, InvoiceIntake.date(escalation));
    return variables;
  }
}
