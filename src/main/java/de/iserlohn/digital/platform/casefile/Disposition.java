package de.iserlohn.digital.platform.casefile;

/** How a Vorgang left the case file. */
public enum Disposition {
  /** Handed over to the state archive (xdomea 0503, import confirmed). */
  ARCHIVED,
  /** Destroyed (archive value V, or not taken by the archive). */
  DESTROYED
}
