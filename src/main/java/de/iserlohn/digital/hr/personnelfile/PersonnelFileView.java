package de.iserlohn.digital.hr.personnelfile;

import de.iserlohn.digital.platform.casefile.DokumentView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A personnel file as the caller sees it.
 *
 * @param readOnly true for the employee (only HR files documents)
 */
public record PersonnelFileView(
    String userId,
    String name,
    String orgUnit,
    String aktenzeichen,
    boolean readOnly,
    List<Section> sections) {

  /** One section (Vorgang) of the file; documents are downloaded via {@code /api/cases}. */
  public record Section(
      PersonnelFileSection section, String label, String caseNumber, List<Document> documents) {}

  /** A document in a section. */
  public record Document(
      UUID id,
      String fileName,
      String mediaType,
      long sizeBytes,
      String documentType,
      Instant createdAt,
      String createdBy) {

    static Document of(DokumentView d) {
      return new Document(
          d.id(),
          d.fileName(),
          d.mediaType(),
          d.sizeBytes(),
          d.documentType(),
          d.createdAt(),
          d.createdBy());
    }
  }
}
