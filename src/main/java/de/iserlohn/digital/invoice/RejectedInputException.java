package de.iserlohn.digital.invoice;

/**
 * The input is not an e-invoice, unreadable or hostile. Nothing is registered; the caller gets a
 * 4xx with the reason.
 */
class RejectedInputException extends RuntimeException {

  /** Why the input was rejected; the codes are part of the REST API (docs/invoice.md). */
  enum Reason {
    EMPTY,
    TOO_LARGE,
    HOSTILE_XML,
    NOT_XML,
    MALFORMED_XML,
    NOT_AN_INVOICE,
    PDF_WITHOUT_INVOICE,
    UNSUPPORTED_VERSION,
    ENCRYPTED_PDF,
    UNREADABLE_PDF
  }

  private final Reason reason;

  RejectedInputException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  Reason reason() {
    return reason;
  }
}
