package de.iserlohn.digital.platform.casefile;

import java.time.Instant;
import java.util.List;

/**
 * A Vorgang with its Akte, its file-plan key, the documents the caller may read, its processes and
 * audit trail, its notes, the users it is shared with, and whether the caller may work on it
 * (notes, uploads, closing, processes) or only read it.
 */
public record VorgangDetails(
    String caseNumber,
    String title,
    String caseType,
    String orgUnit,
    VorgangStatus status,
    RetentionClass retentionClass,
    String aktenzeichen,
    String akteTitle,
    String filePlanKey,
    Instant createdAt,
    String createdBy,
    Instant closedAt,
    List<DokumentView> documents,
    List<ProcessLink> processes,
    List<AuditView> auditTrail,
    String partyName,
    List<NoteView> notes,
    List<String> sharedWith,
    boolean workable) {}
