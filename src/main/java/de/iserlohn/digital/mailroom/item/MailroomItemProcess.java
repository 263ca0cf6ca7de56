package de.iserlohn.digital.mailroom.item;

import de.iserlohn.digital.mailroom.intake.ScanIntake;

/** Names of the scanned-item model ({@code processes/mailroom/mailroom-item.bpmn}). */
public final class MailroomItemProcess {

  public static final String PROCESS_KEY = "mailroom-item";
  public static final String DECISION_KEY = "mailroom-classification";

  /** Case type of the mailroom's Vorgang per item and of the Vorgänge it opens for units. */
  public static final String CASE_TYPE = ScanIntake.CASE_TYPE;

  /** Document type of the scan in the mailroom's own Vorgang. */
  public static final String SCAN_DOCUMENT_TYPE = ScanIntake.SCAN_DOCUMENT_TYPE;

  public static final String RECOGNIZE_TEXT = "RecognizeText";
  public static final String CLASSIFY_ITEM = "ClassifyItem";
  public static final String ASSIGN_ITEM = "AssignItem";
  public static final String DISTRIBUTE_ITEM = "DistributeItem";
  public static final String ITEM_DISTRIBUTED = "ItemDistributed";

  /** BPMN error: the clerk's assignment (case number, unit) cannot be used. */
  public static final String ERROR_ASSIGNMENT_INVALID = "ZUORDNUNG_UNGUELTIG";

  /**
   * Message of the correlation contract with the OZG module (and any process that waits for paper
   * post for a case): a process waiting for post for a case waits for {@code PostEingegangen},
   * correlated by business key = case number, with the variables {@link #MSG_VAR_DOCUMENT_ID}
   * (String UUID of the Dokument filed into that Vorgang) and {@link #MSG_VAR_CHANNEL} = {@code
   * "SCAN"}.
   */
  public static final String MESSAGE_POST_RECEIVED = "PostEingegangen";

  public static final String MSG_VAR_DOCUMENT_ID = "documentId";
  public static final String MSG_VAR_CHANNEL = "channel";

  public static final String VAR_ITEM_ID = "itemId";
  public static final String VAR_FILE_NAME = "fileName";
  public static final String VAR_CONFIDENCE_THRESHOLD = "confidenceThreshold";
  public static final String VAR_TEXT_LENGTH = "textLength";
  public static final String VAR_TEXT_EXCERPT = "textExcerpt";
  public static final String VAR_SENDER = "sender";
  public static final String VAR_CASE_REFERENCE = "caseReference";
  public static final String VAR_REFERENCE_KNOWN = "referenceKnown";
  public static final String VAR_KASSENZEICHEN = "kassenzeichen";
  public static final String VAR_HAS_KASSENZEICHEN = "hasKassenzeichen";
  public static final String VAR_INVOICE_CUES = "invoiceCues";
  public static final String VAR_KEYWORD = "keyword";
  public static final String VAR_DOCUMENT_TYPE = "documentType";
  public static final String VAR_ORG_UNIT = "orgUnit";
  public static final String VAR_CONFIDENCE = "confidence";
  public static final String VAR_KEEP_ORIGINAL = "keepOriginal";
  public static final String VAR_DISTRIBUTION = "distribution";
  public static final String VAR_ASSIGNMENT_PROBLEM = "assignmentProblem";

  /** Document type of an invoice (goes to the e-invoice module's manual capture). */
  public static final String TYPE_INVOICE = "RECHNUNG";

  /** Length of the text excerpt shown in the clerk's form. */
  public static final int EXCERPT_LENGTH = 600;

  private MailroomItemProcess() {}
}
