package de.iserlohn.digital.records;

/** Names of the Aussonderung model ({@code processes/records/records-disposal.bpmn}). */
public final class RecordsDisposalProcess {

  public static final String PROCESS_KEY = "records-disposal";

  /** Message that starts the Aussonderung of one org unit (yearly timer, on demand). */
  public static final String MSG_START = "records-disposal-requested";

  /** Message of the archive's evaluation (xdomea 0502). */
  public static final String MSG_EVALUATION = "xdomea-0502";

  /** Message of the archive's import confirmation (xdomea 0506). */
  public static final String MSG_IMPORT_CONFIRMED = "xdomea-0506";

  /** Business error: a message of the archive or an entry of the records officer is refused. */
  public static final String ERROR_REFUSED = "RECORDS_INPUT_REFUSED";

  public static final String YEARLY = "YearlyDisposalDue";
  public static final String START_ON_DEMAND = "DisposalRequested";
  public static final String START_BY_MESSAGE = "DisposalRequestedForUnit";
  public static final String START_UNITS = "StartUnitDisposals";
  public static final String COLLECT_DUE = "CollectDueVorgaenge";
  public static final String NOTHING_DUE = "NothingDue";
  public static final String CONFIRM_LIST = "ConfirmDisposalList";
  public static final String APPLY_LIST = "ApplyDisposalList";
  public static final String SEND_OFFER = "SendOffer";
  public static final String RECORD_EVALUATION = "RecordEvaluation";
  public static final String APPLY_MANUAL_EVALUATION = "ApplyManualEvaluation";
  public static final String EVALUATION_RECEIVED = "EvaluationReceived";
  public static final String APPLY_EVALUATION = "ApplyEvaluation";
  public static final String RESOLVE_EVALUATION = "ResolveRefusedEvaluation";
  public static final String TRANSFER = "TransferVorgaenge";
  public static final String IMPORT_CONFIRMED = "ImportConfirmed";
  public static final String APPLY_IMPORT = "ApplyImportConfirmation";
  public static final String RESOLVE_IMPORT = "ResolveRefusedImport";
  public static final String DISPOSE = "DisposeVorgaenge";
  public static final String PURGE_HISTORY = "PurgeProcessHistory";
  public static final String DISPOSAL_DONE = "DisposalDone";

  public static final String VAR_ORG_UNIT = "orgUnit";
  public static final String VAR_XDOMEA_PROCESS_ID = "xdomeaProcessId";
  public static final String VAR_DUE_COUNT = "dueCount";
  public static final String VAR_DUE_LIST = "dueList";
  public static final String VAR_HOLD_BACK = "holdBack";
  public static final String VAR_OFFER_COUNT = "offerCount";
  public static final String VAR_TRANSFER_COUNT = "transferCount";
  public static final String VAR_TAKEN_CASE_NUMBERS = "takenCaseNumbers";
  public static final String VAR_INBOX_MESSAGE = "inboxMessage";
  public static final String VAR_ERROR = "refusal";

  private RecordsDisposalProcess() {}
}
