package de.iserlohn.digital.invoice;

/** Ids, variable names and decision keys of {@code processes/invoice/invoice-approval.bpmn}. */
final class InvoiceApprovalProcess {

  static final String PROCESS_KEY = "invoice-approval";
  static final String DECISION_APPROVAL_LEVEL = "invoice-approval-level";

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
}
