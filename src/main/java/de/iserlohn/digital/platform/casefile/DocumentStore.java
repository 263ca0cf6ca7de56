package de.iserlohn.digital.platform.casefile;

import java.io.IOException;
import java.io.InputStream;

/**
 * Content-addressed storage of document bytes: the key is the SHA-256 of the content, so the same
 * content is stored once however often it is filed. The filesystem implementation is the default; a
 * DMS adapter implements this interface and is selected with {@code iserlohn.document-store.type}.
 */
public interface DocumentStore {

  /** Stores the content (if not already stored) and returns its hash and size. */
  StoredContent put(InputStream content) throws IOException;

  /** Opens the content with the given SHA-256 (lower-case hex). */
  InputStream open(String sha256) throws IOException;

  /** Whether content with this hash is stored. */
  boolean contains(String sha256);

  /**
   * Deletes the content with this hash for good (the caller made sure no document refers to it any
   * more). Deleting absent content does nothing.
   */
  void delete(String sha256) throws IOException;

  /**
   * The hash and size of stored content.
   *
   * @param sha256 lower-case hex SHA-256 of the bytes
   * @param size number of bytes
   */
  record StoredContent(String sha256, long size) {}
}
