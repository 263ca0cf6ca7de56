package de.iserlohn.digital.mailroom.originals;

/** Names of the originals model ({@code processes/mailroom/mailroom-originals.bpmn}). */
public final class MailroomOriginalsProcess {

  public static final String PROCESS_KEY = "mailroom-originals";
  public static final String BUSINESS_KEY_PREFIX = "VERNICHTUNG-";

  public static final String COLLECT_DUE_ORIGINALS = "CollectDueOriginals";
  public static final String RELEASE_DESTRUCTION = "ReleaseDestruction";
  public static final String RECORD_DESTRUCTION_RELEASE = "RecordDestructionRelease";
  public static final String DESTRUCTION_RELEASED = "DestructionReleased";
  public static final String NOTHING_DUE = "NothingDue";

  /** ISO date: originals whose destruction date is on or before it (default: today). */
  public static final String VAR_DUE_UNTIL = "dueUntil";

  public static final String VAR_DUE_COUNT = "dueCount";
  public static final String VAR_DUE_SUMMARY = "dueSummary";
  public static final String VAR_RELEASED_BY = "releasedBy";
  public static final String VAR_RELEASED_COUNT = "releasedCount";

  /** The summary shown in the task is cut at this length (process variables stay small). */
  static final int SUMMARY_LENGTH = 3500;

  private MailroomOriginalsProcess() {}
}
