package de.iserlohn.digital.ozg.api;

import de.iserlohn.digital.ozg.application.SubmissionResult;
import java.time.Instant;

/**
 * The answer to an accepted application: keep the case number and the access code, they open the
 * application in the portal and the API.
 */
record SubmissionResponse(
    String caseNumber,
    String accessCode,
    String serviceId,
    String status,
    String statusLabel,
    Instant submittedAt,
    String statusUrl) {

  static SubmissionResponse of(SubmissionResult r) {
    return new SubmissionResponse(
        r.caseNumber(),
        r.accessCode(),
        r.serviceId(),
        r.status().name(),
        r.status().label(),
        r.submittedAt(),
        "/api/ozg/applications/" + r.caseNumber());
  }
}
