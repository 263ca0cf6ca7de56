package de.iserlohn.digital.ozg.catalogue;

import de.iserlohn.digital.platform.web.FileNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

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

  /** Every non-empty file of a multipart request, keyed by its form field (portal and API). */
  public static List<Upload> allOf(MultipartHttpServletRequest request) {
    List<Upload> uploads = new ArrayList<>();
    request.getMultiFileMap().forEach((field, files) -> uploads.addAll(of(field, files)));
    return uploads;
  }

  /** The non-empty files of one field ({@code null} means none). */
  public static List<Upload> of(String field, List<MultipartFile> files) {
    List<Upload> uploads = new ArrayList<>();
    for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
      if (!file.isEmpty()) {
        try {
          uploads.add(new Upload(field, FileNames.of(file, field, "upload"), file.getBytes()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return uploads;
  }
}
