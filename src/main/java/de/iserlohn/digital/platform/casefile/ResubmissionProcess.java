package de.iserlohn.digital.platform.casefile;

/** Names of the resubmission model ({@code processes/platform/case-resubmission.bpmn}). */
public final class ResubmissionProcess {

  public static final String PROCESS_KEY = "case-resubmission";
  public static final String TASK = "ResubmissionDue";

  static final String VAR_CASE_NUMBER = "caseNumber";
  static final String VAR_NOTE = "note";
  static final String VAR_RESUBMIT_AT = "resubmitAt";
  static final String VAR_ASSIGNEE = "assignee";
  static final String VAR_CANDIDATE_GROUP = "candidateGroup";
  static final String VAR_INITIATOR = "initiator";

  private ResubmissionProcess() {}
}
