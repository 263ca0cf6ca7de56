package de.iserlohn.digital.smartcity.waste;

/**
 * Names of the waste models: {@code processes/smartcity/waste-pickup-schedule.bpmn} (daily timer)
 * and {@code processes/smartcity/waste-pickup.bpmn} (one route: a district's due bins or one
 * overflowing bin).
 */
public final class WastePickupProcess {

  static final String SCHEDULE_PROCESS_KEY = "waste-pickup-schedule";
  static final String PICKUP_TIME = "PickupTime";
  static final String START_DISTRICT_PICKUPS = "StartDistrictPickups";
  static final String PICKUPS_STARTED = "PickupsStarted";

  public static final String PROCESS_KEY = "waste-pickup";
  static final String PICKUP_REQUESTED = "PickupRequested";
  static final String PLAN_ROUTE = "PlanPickupRoute";
  static final String TOUR = "Tour";
  static final String DRIVE_ROUTE = "DriveRoute";
  public static final String AWAIT_BIN_EMPTIED = "AwaitBinEmptied";
  static final String ROUTE_CONFIRMED = "RouteConfirmedByCrew";
  static final String ALL_BINS_EMPTIED = "AllBinsEmptied";
  static final String PICKUP_DONE = "PickupDone";

  static final String MESSAGE_BIN_EMPTIED = "WasteBinEmptied";

  static final String VAR_DISTRICT = "district";
  static final String VAR_URGENT = "urgent";
  static final String VAR_ASSET_ID = "assetId";
  static final String VAR_STOPS = "stops";
  static final String VAR_STOP_LIST = "stopList";
  static final String VAR_ROUTE_KM = "routeKm";
  static final String VAR_ROUTE_TITLE = "routeTitle";
  static final String VAR_PICKUP_DUE = "pickupDue";

  /** Local variable of each waiting stop: the bin whose "empty" reading closes it. */
  static final String VAR_AWAITED_BIN = "awaitedBin";

  static final String BUSINESS_KEY_DAILY = "abfuhr:";
  static final String BUSINESS_KEY_URGENT = "dringend:";

  /** Hours the crew has for an urgent single pickup. */
  static final int URGENT_HOURS = 4;

  /** Local hour by which the daily route is due. */
  static final int DAILY_DUE_HOUR = 15;

  private WastePickupProcess() {}
}
