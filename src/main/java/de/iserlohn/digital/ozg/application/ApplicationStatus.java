package de.iserlohn.digital.ozg.application;

/** Where an application stands, as the citizen sees it. */
public enum ApplicationStatus {
  EINGEGANGEN("Eingegangen", false),
  IN_BEARBEITUNG("In Bearbeitung", false),
  UNTERLAGEN_ANGEFORDERT("Unterlagen nachgefordert", false),
  ZAHLUNG_OFFEN("Zahlung offen", false),
  GENEHMIGT("Genehmigt", true),
  ABGELEHNT("Abgelehnt", true),
  STORNIERT("Storniert", true),
  ERLEDIGT("Erledigt", true);

  private final String label;
  private final boolean closed;

  ApplicationStatus(String label, boolean closed) {
    this.label = label;
    this.closed = closed;
  }

  /** The German label. */
  public String label() {
    return label;
  }

  /** Whether the application is finished. */
  public boolean closed() {
    return closed;
  }
}
