package de.iserlohn.digital.platform.casefile;

import java.time.Instant;

/** A Vorgang in a list. */
public record VorgangSummary(
    String caseNumber,
    String title,
    String caseType,
    String orgUnit,
    String filePlanKey,
    VorgangStatus status,
    Instant createdAt,
    String partyName,
    String aktenzeichen) {}
