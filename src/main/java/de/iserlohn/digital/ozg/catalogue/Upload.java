package de.iserlohn.digital.ozg.catalogue;

/**
 * A file a citizen sent for a file field.
 *
 * @param field the key of the file field
 * @param fileName the name the citizen gave it (shown, never trusted for the type)
 * @param content the bytes
 */
public record Upload(String field, String fileName, byte[] content) {

  public Upload {
    fileName = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
    if (fileName.length() > 200) {
      fileName = fileName.substring(fileName.length() - 200);
    }
  }
}
