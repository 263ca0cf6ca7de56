package de.iserlohn.digital.hr.requests;

/** Where a request stands, as the employee sees it. */
public enum RequestStatus {
  BEANTRAGT("Beantragt"),
  IN_PRUEFUNG("In Prüfung"),
  BEIM_PERSONALRAT("Beim Personalrat"),
  GENEHMIGT("Genehmigt"),
  ABGELEHNT("Abgelehnt"),
  ZUR_ZAHLUNG_ANGEWIESEN("Zur Zahlung angewiesen"),
  BEENDET("Beendet");

  private final String label;

  RequestStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
