package de.iserlohn.digital.ozg.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An application as its citizen sees it: status with history, documents (application, uploads,
 * notices), an open request for documents and an open payment.
 */
public record ApplicationView(
    String caseNumber,
    String serviceId,
    String title,
    ApplicationStatus status,
    String statusLabel,
    Instant submittedAt,
    List<StatusEntry> history,
    List<Document> documents,
    OpenRequest openRequest,
    OpenPayment openPayment) {

  /** A document of the case. */
  public record Document(
      UUID id, String fileName, String mediaType, String documentType, Instant createdAt) {}

  /** What the citizen is asked to send, and until when. */
  public record OpenRequest(String text, Instant dueAt) {}

  /** A fee to pay, and where. */
  public record OpenPayment(String reference, BigDecimal amount, Instant dueAt, String payUrl) {}
}
