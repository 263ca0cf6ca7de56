package de.iserlohn.digital.hr.requests;

/** The kinds of employee requests. */
public enum RequestKind {
  DIENSTREISE("Dienstreiseantrag"),
  REISEKOSTEN("Reisekostenabrechnung"),
  MOBILES_ARBEITEN("Antrag auf mobiles Arbeiten");

  private final String label;

  RequestKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
