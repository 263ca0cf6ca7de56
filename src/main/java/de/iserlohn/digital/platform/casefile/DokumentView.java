package de.iserlohn.digital.platform.casefile;

import java.time.Instant;
import java.util.UUID;

/** A document's metadata as callers see it. */
public record DokumentView(
    UUID id,
    String fileName,
    String mediaType,
    long sizeBytes,
    String sha256,
    String documentType,
    String orgUnit,
    RetentionClass retentionClass,
    SourceChannel sourceChannel,
    Instant createdAt,
    String createdBy) {}
