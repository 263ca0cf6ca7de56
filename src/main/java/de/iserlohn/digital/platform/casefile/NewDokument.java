package de.iserlohn.digital.platform.casefile;

/**
 * Metadata of a document to file into a Vorgang.
 *
 * @param fileName the name shown to people (never trusted for the type)
 * @param mediaType the media type detected from the content
 * @param documentType the kind of document (e.g. {@code ANTRAG}, {@code BESCHEID}, {@code
 *     RECHNUNG})
 * @param sourceChannel where the document came from
 * @param orgUnit the org unit that may read it; {@code null} means the Vorgang's
 * @param retentionClass how long it is kept; {@code null} means the Vorgang's
 */
public record NewDokument(
    String fileName,
    String mediaType,
    String documentType,
    SourceChannel sourceChannel,
    String orgUnit,
    RetentionClass retentionClass) {

  public static NewDokument of(
      String fileName, String mediaType, String documentType, SourceChannel sourceChannel) {
    return new NewDokument(fileName, mediaType, documentType, sourceChannel, null, null);
  }
}
