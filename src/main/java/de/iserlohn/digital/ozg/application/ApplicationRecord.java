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
    Instant closedAt) {

  /**
   * A new application as submitted: {@link ApplicationStatus#EINGEGANGEN}, no failed access
   * attempts, created and updated at {@code submittedAt}, not closed.
   *
   * @param applicant who applies: name (may be {@code null}), mail address (may be {@code null})
   *     and owner id of the Vorgang
   * @param idempotencyKey the client's key and the hash of its request, both {@code null} without
   */
  public static ApplicationRecord submitted(
      String caseNumber,
      String serviceId,
      String orgUnit,
      String title,
      Applicant applicant,
      String accessCodeHash,
      String dataJson,
      String idempotencyKey,
      String requestHash,
      Instant submittedAt) {
    return new ApplicationRecord(
        caseNumber,
        serviceId,
        orgUnit,
        title,
        ApplicationStatus.EINGEGANGEN,
        applicant.name(),
        applicant.email(),
        applicant.ownerId(),
        accessCodeHash,
        0,
        null,
        dataJson,
        idempotencyKey,
        requestHash,
        submittedAt,
        submittedAt,
        null);
  }

  /** Who applies: the name and mail address from the form, the owner id of the Vorgang. */
  public record Applicant(String name, String email, String ownerId) {}
}
