package de.iserlohn.digital.platform.casefile;

/**
 * What happens to a Vorgang at the end of its retention (records law of NRW, xdomea code list
 * "Aussonderungsart"): offered to the state archive, evaluated by it, or destroyed without offer.
 */
public enum ArchiveValue {
  /** Archivwürdig: offered, the archive takes it. */
  A("archivwürdig"),
  /** Bewerten: offered, the archive decides. */
  B("vom Archiv zu bewerten"),
  /** Vernichten: destroyed without offer. */
  V("zu vernichten");

  private final String label;

  ArchiveValue(String label) {
    this.label = label;
  }

  /** German label for people. */
  public String label() {
    return label;
  }

  /** Whether a Vorgang of this value is offered to the archive. */
  public boolean offered() {
    return this != V;
  }
}
