package de.iserlohn.digital.ozg.catalogue;

import java.util.List;

/**
 * What a file field accepts: media types decided by content, how many files and how large each.
 *
 * @param mediaTypes the allowed media types (e.g. {@code application/pdf}, {@code image/jpeg})
 * @param maxFiles the most files the field takes
 * @param maxBytes the largest file in bytes
 */
public record UploadRule(List<String> mediaTypes, int maxFiles, long maxBytes) {

  public UploadRule {
    mediaTypes = List.copyOf(mediaTypes);
    if (maxFiles < 1 || maxBytes < 1) {
      throw new IllegalArgumentException("maxFiles and maxBytes must be positive");
    }
  }

  /** The allowed types as people read them, e.g. PDF and JPEG. */
  public String typeNames() {
    return String.join(
        ", ", mediaTypes.stream().map(t -> t.substring(t.indexOf('/') + 1).toUpperCase()).toList());
  }

  /** The size limit in whole megabytes, for messages. */
  public long maxMegabytes() {
    return maxBytes / (1024 * 1024);
  }
}
