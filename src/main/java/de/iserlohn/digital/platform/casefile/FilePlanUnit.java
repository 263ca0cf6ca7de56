package de.iserlohn.digital.platform.casefile;

/**
 * A unit of the city's file plan (Aktenplan), one per org-unit group.
 *
 * @param orgUnit the org-unit group id (e.g. {@code steueramt})
 * @param number the unit's number as the city's strategy writes it (e.g. {@code 22}); {@code null}
 *     where the strategy names none
 * @param name the unit's name (e.g. {@code Bereich Steuern und Gebühren})
 */
public record FilePlanUnit(String orgUnit, String number, String name) {

  /** How people read the unit: number and name ("22 Bereich Steuern und Gebühren") or the name. */
  public String label() {
    return number == null ? name : number + " " + name;
  }
}
