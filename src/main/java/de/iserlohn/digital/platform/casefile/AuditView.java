package de.iserlohn.digital.platform.casefile;

import java.time.Instant;
import java.util.UUID;

/** One line of a Vorgang's audit trail. */
public record AuditView(
    Instant at, String actor, AuditAction action, UUID documentId, String detail) {}
