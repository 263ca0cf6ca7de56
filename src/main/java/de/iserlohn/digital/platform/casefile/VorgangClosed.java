package de.iserlohn.digital.platform.casefile;

/** A Vorgang was closed. */
public record VorgangClosed(String caseNumber, String caseType, String orgUnit, String outcome) {}
