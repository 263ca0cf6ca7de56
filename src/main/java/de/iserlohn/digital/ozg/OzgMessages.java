package de.iserlohn.digital.ozg;

/**
 * The messages that running OZG application processes accept from outside the module. Correlate
 * them by business key = the application's case number.
 *
 * <pre>{@code
 * runtime.createMessageCorrelation(OzgMessages.POST_RECEIVED)
 *     .processInstanceBusinessKey(caseNumber)
 *     .setVariable(OzgMessages.VAR_DOCUMENT_ID, documentId.toString())
 *     .setVariable(OzgMessages.VAR_CHANNEL, SourceChannel.SCAN.name())
 *     .correlate();
 * }</pre>
 */
public final class OzgMessages {

  /**
   * Post (missing documents) for a case that waits in the Nachforderung call activity. The document
   * is already filed into the Vorgang when the message is correlated.
   */
  public static final String POST_RECEIVED = "PostEingegangen";

  /** The payment provider confirmed the payment of a case's fee (sent by this module only). */
  public static final String PAYMENT_RECEIVED = "ZahlungEingegangen";

  /** Message variable: the id (UUID as String) of the Dokument filed in the Vorgang. */
  public static final String VAR_DOCUMENT_ID = "documentId";

  /** Message variable: a {@code SourceChannel} name, {@code PORTAL} or {@code SCAN}. */
  public static final String VAR_CHANNEL = "channel";

  private OzgMessages() {}
}
