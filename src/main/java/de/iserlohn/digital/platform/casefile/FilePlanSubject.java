package de.iserlohn.digital.platform.casefile;

/**
 * A subject (Betreff) of the file plan; its key is the file-plan key every Vorgang carries.
 *
 * @param key the file-plan key (Aktenplankennzeichen), e.g. {@code 22.01}; {@code <unit>.00} is the
 *     unit's general records
 * @param orgUnit the unit the subject belongs to
 * @param title what is filed under it, e.g. {@code Hundesteuer}
 */
public record FilePlanSubject(String key, String orgUnit, String title) {

  /** Key and title, e.g. "22.01 Hundesteuer". */
  public String label() {
    return key + " " + title;
  }
}
