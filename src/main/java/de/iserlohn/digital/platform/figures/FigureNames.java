package de.iserlohn.digital.platform.figures;

import java.util.Set;

/** The names of the daily figures (the {@code figure} column of {@code figure_value}). */
public final class FigureNames {

  /** Root process instances started that day, per process key. */
  public static final String PROCESS_STARTED = "process.started";

  /** Root process instances finished that day, per process key. */
  public static final String PROCESS_FINISHED = "process.finished";

  /** Finished that day without any user task in the process or its call activities. */
  public static final String PROCESS_AUTOMATIC = "process.automatic";

  /** Finished that day without passing a step marked {@code medienbruch=true}. */
  public static final String PROCESS_MEDIA_BREAK_FREE = "process.media_break_free";

  /** Finished that day with every user task that had a due date completed by its due date. */
  public static final String PROCESS_ON_TIME = "process.on_time";

  /** Sum of the lead times (start to end) of the instances finished that day, in minutes. */
  public static final String PROCESS_LEAD_TIME_MINUTES = "process.lead_time_minutes";

  /** Distribution: lead time of the instances finished that day, in whole hours. */
  public static final String PROCESS_LEAD_TIME_HOURS = "process.lead_time_hours";

  /** Snapshot: open user tasks per org unit (candidate group) at the end of the day. */
  public static final String TASKS_OPEN = "tasks.open";

  /** Snapshot: open user tasks past their due date per org unit. */
  public static final String TASKS_OVERDUE = "tasks.overdue";

  /** Invoices received that day, per channel ({@code electronic}, {@code paper}). */
  public static final String INVOICE_RECEIVED = "invoice.received";

  /** Invoices released that day with a Skonto date on or after the release day. */
  public static final String INVOICE_SKONTO_USED = "invoice.skonto_used";

  /** Invoices released that day after their Skonto date. */
  public static final String INVOICE_SKONTO_LOST = "invoice.skonto_lost";

  /** Snapshot: employees in the directory. */
  public static final String HR_STAFF = "hr.staff";

  /** Snapshot: employees with a mobile-work agreement in force that day. */
  public static final String HR_MOBILE_WORK = "hr.mobile_work";

  /** Snapshot: waste bins with a sensor. */
  public static final String SMARTCITY_BINS = "smartcity.bins";

  /** Bins emptied that day because their fill level made them due (sensor-reported stops). */
  public static final String SMARTCITY_BINS_EMPTIED = "smartcity.bins_emptied";

  /** Distribution: minutes from a road-ice alarm to the released winter dispatch. */
  public static final String SMARTCITY_WINTER_RESPONSE_MINUTES =
      "smartcity.winter_response_minutes";

  /** Snapshot: registered sensors. */
  public static final String SMARTCITY_DEVICES = "smartcity.devices";

  /** Sensors heard (at least one uplink) that day. */
  public static final String SMARTCITY_DEVICES_ONLINE = "smartcity.devices_online";

  /** Figures that are a state at the end of the day, not a count of the day's events. */
  public static final Set<String> SNAPSHOTS =
      Set.of(
          TASKS_OPEN,
          TASKS_OVERDUE,
          HR_STAFF,
          HR_MOBILE_WORK,
          SMARTCITY_BINS,
          SMARTCITY_DEVICES,
          SMARTCITY_DEVICES_ONLINE);

  private FigureNames() {}
}
