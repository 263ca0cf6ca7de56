package de.iserlohn.digital.ozg.parking;

/** Names of the resident-parking model ({@code processes/ozg/resident-parking-permit.bpmn}). */
public final class ResidentParkingPermitProcess {

  public static final String PROCESS_KEY = "resident-parking-permit";

  public static final String DETERMINE_ZONE = "DetermineZone";
  public static final String CHECK_APPLICATION = "CheckApplication";
  public static final String CHECK_APPLICATION_OVERDUE = "CheckApplicationOverdue";
  public static final String REQUEST_DOCUMENTS = "RequestDocuments";
  public static final String COLLECT_FEE = "CollectFee";
  public static final String ISSUE_PERMIT = "IssuePermit";
  public static final String RENEWAL_DUE = "RenewalDue";
  public static final String RENEWAL_REMINDED = "RenewalReminded";
  public static final String PERMIT_REJECTED = "PermitRejected";
  public static final String APPLICATION_CANCELLED = "ApplicationCancelled";

  public static final String VAR_ZONE = "zone";
  public static final String VAR_LICENSE_PLATE = "licensePlate";
  public static final String VAR_VALID_FROM = "validFrom";
  public static final String VAR_VALID_UNTIL = "validUntil";
  public static final String VAR_RENEWAL_REMINDER_DATE = "renewalReminderDate";

  /** A permit is valid for this long. */
  public static final java.time.Period VALIDITY = java.time.Period.ofYears(1);

  /** The reminder goes out this many days before the permit ends. */
  public static final int REMIND_DAYS_BEFORE = 28;

  private ResidentParkingPermitProcess() {}
}
