package de.iserlohn.digital.platform.casefile;

import java.util.UUID;

/** Identifies a Vorgang: its id and its case number (the business key of its processes). */
public record VorgangRef(UUID id, String caseNumber) {}
