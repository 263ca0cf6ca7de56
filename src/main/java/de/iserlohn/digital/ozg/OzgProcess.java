package de.iserlohn.digital.ozg;

/**
 * Names shared by every service process and the common call activities ({@code
 * processes/ozg/ozg-*.bpmn}): keys, variables and decision values. The extension points a service
 * model relies on; see docs/ozg.md "Adding a service".
 */
public final class OzgProcess {

  // call activities
  public static final String REQUEST_DOCUMENTS_KEY = "ozg-request-documents";
  public static final String PAYMENT_KEY = "ozg-payment";
  public static final String NOTICE_KEY = "ozg-notice";

  // variables the pipeline sets on every service process
  public static final String VAR_CASE_NUMBER = "caseNumber";
  public static final String VAR_CANDIDATE_GROUP = "candidateGroup";
  public static final String VAR_DECISION_DUE_DATE = "decisionDueDate";

  // the clerk's decision (user task forms)
  public static final String VAR_DECISION = "decision";
  public static final String VAR_DECISION_REASON = "decisionReason";
  public static final String VAR_MISSING_DOCUMENTS = "missingDocuments";
  public static final String APPROVED = "genehmigt";
  public static final String REJECTED = "abgelehnt";
  public static final String REQUEST_DOCUMENTS = "nachfordern";

  // Nachforderung (ozg-request-documents)
  public static final String VAR_REPLY_DUE_DATE = "replyDueDate";
  public static final String VAR_REQUEST_OUTCOME = "requestOutcome";
  public static final String OUTCOME_RECEIVED = "EINGEGANGEN";
  public static final String OUTCOME_CONTINUE = "FORTSETZEN";
  public static final String OUTCOME_REJECT = "ABLEHNEN";
  public static final String SEND_DOCUMENT_REQUEST = "SendDocumentRequest";
  public static final String WAIT_FOR_REPLY = "WaitForReply";
  public static final String RECORD_REPLY = "RecordReply";
  public static final String DECIDE_UNANSWERED_REQUEST = "DecideUnansweredRequest";
  public static final String REPLY_DEADLINE = "ReplyDeadline";

  // Zahlung (ozg-payment)
  public static final String VAR_FEE = "fee";
  public static final String VAR_FEE_REASON = "feeReason";
  public static final String VAR_PAID = "paid";
  public static final String VAR_PAYMENT_REFERENCE = "paymentReference";
  public static final String VAR_PAYMENT_DUE_DATE = "paymentDueDate";
  public static final String CREATE_PAYMENT = "CreatePayment";
  public static final String PAYMENT_DEADLINE = "PaymentDeadline";

  // Bescheid und Zustellung (ozg-notice)
  public static final String VAR_NOTICE_KIND = "noticeKind";
  public static final String VAR_NOTICE_TITLE = "noticeTitle";
  public static final String VAR_NOTICE_TEXT = "noticeText";
  public static final String VAR_NOTICE_DOCUMENT_ID = "noticeDocumentId";
  public static final String CREATE_NOTICE = "CreateNotice";

  // "Antrag abschließen": the local input parameter with the final status
  public static final String VAR_OUTCOME = "outcome";

  private OzgProcess() {}
}
