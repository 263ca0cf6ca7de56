package de.iserlohn.digital.hr.personnelfile;

/** The sections of a personnel file; each is one Vorgang in the Akte of the employee. */
public enum PersonnelFileSection {
  GRUNDDATEN("Grunddaten"),
  VERTRAEGE("Verträge"),
  REISEN("Reisen"),
  BESCHEINIGUNGEN("Bescheinigungen");

  private final String label;

  PersonnelFileSection(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The case number of this section of the employee's file. */
  public String caseNumber(String userId) {
    return "PA-" + userId + "-" + name();
  }
}
