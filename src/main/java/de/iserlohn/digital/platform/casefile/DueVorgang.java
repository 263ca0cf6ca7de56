package de.iserlohn.digital.platform.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A closed Vorgang whose retention has ended, with what an Aussonderung needs to list and offer it.
 */
public record DueVorgang(
    UUID id,
    String caseNumber,
    String title,
    String caseType,
    String orgUnit,
    String filePlanKey,
    String filePlanTitle,
    String aktenzeichen,
    Instant openedAt,
    Instant closedAt,
    LocalDate retentionEnd,
    int retentionYears,
    ArchiveValue archiveValue) {}
