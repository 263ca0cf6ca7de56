package de.iserlohn.digital.hr.mobilework;

/** Names of the mobile-work model ({@code processes/hr/mobile-work.bpmn}). */
public final class MobileWorkProcess {

  public static final String PROCESS_KEY = "mobile-work";
  public static final String CASE_TYPE = "mobiles-arbeiten";

  public static final String DECIDE_BY_SUPERVISOR = "DecideBySupervisor";
  public static final String PARTICIPATE_STAFF_COUNCIL = "ParticipateStaffCouncil";
  public static final String STAFF_COUNCIL_DEADLINE = "StaffCouncilDeadline";
  public static final String FILE_AGREEMENT = "FileMobileWorkAgreement";
  public static final String AGREEMENT_END_APPROACHING = "AgreementEndApproaching";
  public static final String REMIND_AGREEMENT_END = "RemindAgreementEnd";
  public static final String AGREEMENT_END = "AgreementEnd";
  public static final String MOBILE_WORK_ENDED = "MobileWorkEnded";
  public static final String MOBILE_WORK_REJECTED = "MobileWorkRejected";

  public static final String VAR_EMPLOYEE_ID = "employeeId";
  public static final String VAR_EMPLOYEE_NAME = "employeeName";
  public static final String VAR_EMPLOYEE_EMAIL = "employeeEmail";
  public static final String VAR_SUPERVISOR_ID = "supervisorId";
  public static final String VAR_START_DATE = "startDate";
  public static final String VAR_END_DATE = "endDate";
  public static final String VAR_DAYS_PER_WEEK = "daysPerWeek";
  public static final String VAR_REASON = "reason";
  public static final String VAR_DECISION_DUE_DATE = "decisionDueDate";
  public static final String VAR_REMINDER_DATE = "reminderDate";
  public static final String VAR_AGREEMENT_END_DATE = "agreementEndDate";
  public static final String VAR_SUPERVISOR_DECISION = "supervisorDecision";
  public static final String VAR_SUPERVISOR_NOTE = "supervisorNote";
  public static final String VAR_COUNCIL_DECISION = "councilDecision";
  public static final String VAR_COUNCIL_NOTE = "councilNote";

  /** Time the supervisor has for the decision. */
  public static final int DECISION_DAYS = 10;

  /** The reminder goes out this many days before the agreement ends. */
  public static final int REMINDER_DAYS_BEFORE_END = 28;

  public static final String MAIL_TEMPLATE_ENDING = "hr-mobile-work-ending";

  private MobileWorkProcess() {}
}
