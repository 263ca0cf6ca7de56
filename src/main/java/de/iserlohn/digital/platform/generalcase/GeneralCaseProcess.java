package de.iserlohn.digital.platform.generalcase;

import java.time.Period;

/** Names of the general-case model ({@code processes/platform/general-case.bpmn}). */
final class GeneralCaseProcess {

  static final String PROCESS_KEY = "general-case";
  static final String CASE_TYPE = "allgemein";

  static final String OPEN_CASE = "OpenCase";
  static final String WORK_ON_CASE = "WorkOnCase";
  static final String CLOSE_CASE = "CloseCase";
  static final String CASE_CLOSED = "CaseClosed";

  static final String VAR_TITLE = "title";
  static final String VAR_ORG_UNIT = "orgUnit";
  static final String VAR_DESCRIPTION = "description";
  static final String VAR_INITIATOR = "initiator";
  static final String VAR_CASE_NUMBER = "caseNumber";
  static final String VAR_DUE_DATE = "dueDate";
  static final String VAR_OUTCOME = "outcome";
  static final String VAR_NOTE = "note";

  /** Time a unit has to work a general case. */
  static final Period PROCESSING_TIME = Period.ofDays(14);

  private GeneralCaseProcess() {}
}
