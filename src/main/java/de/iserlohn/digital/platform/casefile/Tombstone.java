package de.iserlohn.digital.platform.casefile;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What stays of a Vorgang after the Aussonderung: its case number, file-plan key, dates and how it
 * left ("an das Archiv übergeben am … (Quittung …)" or "vernichtet am … auf Grund …").
 */
public record Tombstone(
    String caseNumber,
    String filePlanKey,
    String caseType,
    String orgUnit,
    Instant openedAt,
    Instant closedAt,
    LocalDate retentionEnd,
    Disposition disposition,
    Instant disposedAt,
    String note) {}
