package de.iserlohn.digital.hr.travel;

/** Names of the travel-request model ({@code processes/hr/travel-request.bpmn}). */
public final class TravelRequestProcess {

  public static final String PROCESS_KEY = "travel-request";
  public static final String CASE_TYPE = "dienstreiseantrag";

  public static final String DETERMINE_EXTRA_APPROVAL = "DetermineExtraApproval";
  public static final String APPROVE_BY_SUPERVISOR = "ApproveBySupervisor";
  public static final String APPROVE_BY_HR = "ApproveByHr";
  public static final String FILE_TRAVEL_APPROVAL = "FileTravelApproval";
  public static final String REJECT_TRAVEL_REQUEST = "RejectTravelRequest";
  public static final String TRAVEL_APPROVED = "TravelApproved";
  public static final String TRAVEL_REJECTED = "TravelRejected";

  public static final String VAR_EMPLOYEE_ID = "employeeId";
  public static final String VAR_EMPLOYEE_NAME = "employeeName";
  public static final String VAR_SUPERVISOR_ID = "supervisorId";
  public static final String VAR_DESTINATION = "destination";
  public static final String VAR_ABROAD = "abroad";
  public static final String VAR_START_DATE = "startDate";
  public static final String VAR_END_DATE = "endDate";
  public static final String VAR_TRAVEL_DAYS = "travelDays";
  public static final String VAR_PURPOSE = "purpose";
  public static final String VAR_TRANSPORT = "transport";
  public static final String VAR_ESTIMATED_COST = "estimatedCost";
  public static final String VAR_APPROVAL_DUE_DATE = "approvalDueDate";
  public static final String VAR_EXTRA_APPROVAL_REASON = "extraApprovalReason";
  public static final String VAR_SUPERVISOR_DECISION = "supervisorDecision";
  public static final String VAR_SUPERVISOR_NOTE = "supervisorNote";
  public static final String VAR_HR_DECISION = "hrDecision";
  public static final String VAR_HR_NOTE = "hrNote";

  public static final String APPROVED = "genehmigt";
  public static final String REJECTED = "abgelehnt";

  /** Time the approvers have for their decision. */
  public static final int APPROVAL_DAYS = 5;

  private TravelRequestProcess() {}
}
