package de.iserlohn.digital.ozg.application;

import java.time.Instant;

/**
 * The answer to an accepted submission.
 *
 * @param caseNumber the case number (Aktenzeichen) of the application
 * @param accessCode the code that, with the case number, opens the application; {@code null} when a
 *     replayed submission's code cannot be derived again (the key changed since)
 * @param serviceId the service
 * @param status the status right after submission
 * @param submittedAt when it was accepted
 */
public record SubmissionResult(
    String caseNumber,
    String accessCode,
    String serviceId,
    ApplicationStatus status,
    Instant submittedAt) {}
