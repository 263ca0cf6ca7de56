package de.iserlohn.digital.platform.casefile;

/** A Vorgang the caller may work on, as a process started on it needs it. */
public record WorkableVorgang(
    String caseNumber, String title, String caseType, String orgUnit, VorgangStatus status) {}
