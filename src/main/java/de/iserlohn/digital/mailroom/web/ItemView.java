package de.iserlohn.digital.mailroom.web;

import de.iserlohn.digital.mailroom.intake.MailroomItem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An item as the REST API shows it.
 *
 * @param state the item's state ({@code EINGEGANGEN}, {@code KLASSIFIZIERT}, {@code ZUZUORDNEN},
 *     {@code VERTEILT})
 * @param caseNumber the mailroom's Vorgang holding the scan
 * @param distribution where it went ({@code PROZESS}, {@code VORGANG}, {@code RECHNUNG}, {@code
 *     FACHBEREICH})
 * @param targetCaseNumber the Vorgang it was filed into
 */
record ItemView(
    UUID id,
    String state,
    String fileName,
    String mediaType,
    int pages,
    long sizeBytes,
    String sha256,
    String caseNumber,
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
    LocalDate destroyAfter) {

  static ItemView of(MailroomItem i) {
    return new ItemView(
        i.id(),
        i.status().name(),
        i.fileName(),
        i.mediaType(),
        i.pages(),
        i.sizeBytes(),
        i.sha256(),
        i.caseNumber(),
        i.textLength(),
        i.documentType(),
        i.orgUnit(),
        i.confidence(),
        i.keepOriginal(),
        i.distribution(),
        i.targetCaseNumber(),
        i.targetDocumentId(),
        i.receivedAt(),
        i.distributedAt(),
        i.destroyAfter());
  }
}
