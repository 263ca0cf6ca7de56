package de.iserlohn.digital.invoice;

/** Ids, variable names and errors of {@code processes/invoice/invoice-capture.bpmn}. */
final class InvoiceCaptureProcess {

  static final String PROCESS_KEY = "invoice-capture";

  static final String CAPTURE_INVOICE = "CaptureInvoice";
  static final String IS_INVOICE = "IsInvoice";
  static final String REGISTER_CAPTURED = "RegisterCapturedInvoice";
  static final String ALREADY_REGISTERED = "AlreadyRegistered";
  static final String CLOSE_SCAN = "CloseScan";
  static final String CAPTURED = "InvoiceCaptured";
  static final String NO_INVOICE = "NoInvoice";

  static final String VAR_REGISTER_NUMBER = "registerNumber";
  static final String VAR_DOCUMENT_ID = "documentId";
  static final String VAR_DUE_DATE = "dueDate";
  static final String VAR_NOT_AN_INVOICE = "notAnInvoice";
  static final String VAR_DUPLICATE_OF = "duplicateOf";

  static final String ERROR_DUPLICATE = "DuplicateInvoice";

  private InvoiceCaptureProcess() {}
}
