package de.iserlohn.digital.ozg.application;

import java.time.Instant;

/** One row of {@code ozg_application}. */
public record ApplicationRecord(
    String caseNumber,
    String serviceId,
    String orgUnit,
    String title,
    ApplicationStatus status,
    String applicantName,
    String email,
    String ownerId,
    String accessCodeHash,
    int failedAttempts,
    Instant lockedUntil,
    String dataJson,
    String idempotencyKey,
    String requestHash,
    Instant createdAt,
    Instant updatedAt,
    Instant closedAt) {}
