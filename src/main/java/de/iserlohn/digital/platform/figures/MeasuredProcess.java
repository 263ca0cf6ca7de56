package de.iserlohn.digital.platform.figures;

/**
 * A process whose figures the dashboard shows.
 *
 * @param key the process definition key
 * @param title the German title
 * @param area where the dashboard lists it
 * @param unit the responsible org unit (group id); null when several units work on it
 */
public record MeasuredProcess(String key, String title, Area area, String unit) {

  /** The dashboard's areas. */
  public enum Area {
    /** Online services for citizens (OZG), goals 1.1 and 2.2. */
    OZG,
    /** Processes inside the administration, goal 2.3. */
    INTERNAL,
    /** Smart-city operations. */
    SMART_CITY
  }
}
