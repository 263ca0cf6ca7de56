package de.iserlohn.digital.ozg.bulkywaste;

/** Names of the bulky-waste model ({@code processes/ozg/bulky-waste-pickup.bpmn}). */
public final class BulkyWastePickupProcess {

  public static final String PROCESS_KEY = "bulky-waste-pickup";

  public static final String FIND_PICKUP_SLOT = "FindPickupSlot";
  public static final String SCHEDULE_PICKUP = "SchedulePickup";
  public static final String PLAN_PICKUP = "PlanPickup";
  public static final String PLAN_PICKUP_OVERDUE = "PlanPickupOverdue";
  public static final String REQUEST_DOCUMENTS = "RequestDocuments";
  public static final String DETERMINE_FEE = "DetermineFee";
  public static final String COLLECT_FEE = "CollectFee";
  public static final String CONFIRMATION_NOTICE = "ConfirmationNotice";
  public static final String REJECTION_NOTICE = "RejectionNotice";
  public static final String PICKUP_SCHEDULED = "PickupScheduled";
  public static final String PICKUP_REJECTED = "PickupRejected";
  public static final String APPLICATION_CANCELLED = "ApplicationCancelled";

  public static final String VAR_DISTRICT = "district";
  public static final String VAR_VOLUME = "volume";
  public static final String VAR_PICKUP_WEEKDAY = "pickupWeekday";
  public static final String VAR_PICKUP_DATE = "pickupDate";

  /** The earliest pickup is this many days after the registration (tour planning). */
  public static final int LEAD_DAYS = 5;

  private BulkyWastePickupProcess() {}
}
