package de.iserlohn.digital.mailroom.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A scanned item of incoming post, as returned by {@code GET /api/mailroom/items/{id}}.
 *
 * @param caseNumber the mailroom's Vorgang holding the scan (business key of its process)
 * @param documentId the scan in that Vorgang
 * @param sha256 hash of the scanned file (integrity evidence)
 * @param textLength characters of recognised text; {@code null} until recognised
 * @param distribution where the item went ({@code VORGANG}, {@code PROZESS}, {@code RECHNUNG},
 *     {@code FACHBEREICH}); {@code null} until distributed
 * @param targetCaseNumber the Vorgang the scan was filed into
 * @param destroyAfter when the paper original may be destroyed; {@code null} if it is kept
 */
public record MailroomItem(
    UUID id,
    UUID batchId,
    String fileName,
    String mediaType,
    long sizeBytes,
    int pages,
    String sha256,
    ItemStatus status,
    String caseNumber,
    UUID documentId,
    Integer textLength,
    String documentType,
    String orgUnit,
    Double confidence,
    Boolean keepOriginal,
    String distribution,
    String targetCaseNumber,
    UUID targetDocumentId,
    Instant receivedAt,
    Instant distributedAt,
    LocalDate destroyAfter,
    String destructionReleasedBy,
    Instant destructionReleasedAt) {

  /**
   * A scan just recorded ({@link ItemStatus#EINGEGANGEN}) with a new id: not yet recognised,
   * classified or distributed.
   *
   * @param caseNumber the mailroom's Vorgang holding the scan
   * @param documentId the scan in that Vorgang
   */
  public static MailroomItem received(
      UUID batchId,
      String fileName,
      String mediaType,
      long sizeBytes,
      int pages,
      String sha256,
      String caseNumber,
      UUID documentId,
      Instant receivedAt) {
    return new MailroomItem(
        UUID.randomUUID(),
        batchId,
        fileName,
        mediaType,
        sizeBytes,
        pages,
        sha256,
        ItemStatus.EINGEGANGEN,
        caseNumber,
        documentId,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        receivedAt,
        null,
        null,
        null,
        null);
  }

  /** The states of an item. */
  public enum ItemStatus {
    /** Recorded, text recognition pending. */
    EINGEGANGEN,
    /** Text recognised and classified. */
    KLASSIFIZIERT,
    /** Waiting for a clerk of the Poststelle. */
    ZUZUORDNEN,
    /** Filed into the case file / handed over. */
    VERTEILT
  }
}
