package de.iserlohn.digital.smartcity.winter;

/** Names of the winter-service model ({@code processes/smartcity/winter-dispatch.bpmn}). */
public final class WinterDispatchProcess {

  public static final String PROCESS_KEY = "winter-dispatch";
  static final String ALARM_RAISED = "WinterAlarmRaised";
  public static final String CONFIRM_ALARM = "ConfirmWinterAlarm";
  static final String SERVE_PRIORITY_CLASS = "ServePriorityClass";
  static final String CHECK_ROADS = "CheckRoadsAtRisk";
  static final String ROADS_STILL_AT_RISK = "RoadsStillAtRisk";
  static final String ALL_ROADS_CLEAR = "AllRoadsClear";
  static final String DISPATCH_ENDED = "WinterDispatchEnded";

  static final String MESSAGE_ROADS_CLEAR = "RoadsClear";

  static final String VAR_ALARM_LEVEL = "alarmLevel";
  static final String VAR_PRIORITY_CLASSES = "priorityClasses";
  static final String VAR_PRIORITY_CLASSES_TEXT = "priorityClassesText";
  static final String VAR_ROADS_AT_RISK_LIST = "roadsAtRiskList";
  static final String VAR_ROADS_AT_RISK = "roadsAtRisk";

  /** Element variable of the sequential route tasks. */
  static final String VAR_PRIORITY_CLASS = "priorityClass";

  /** Task-local: the road segments of the task's priority class. */
  static final String VAR_CLASS_ROADS = "classRoads";

  static final String BUSINESS_KEY = "winterdienst:";

  /** Minutes the winter-service lead has to confirm an alarm. */
  static final int CONFIRM_MINUTES = 30;

  private WinterDispatchProcess() {}
}
