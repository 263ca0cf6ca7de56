package de.iserlohn.digital.platform.casefile;

/** A Vorgang was opened in the case file. */
public record VorgangOpened(String caseNumber, String caseType, String orgUnit) {}
