package de.iserlohn.digital.platform.web;

import org.springframework.web.multipart.MultipartFile;

/**
 * The name of an uploaded file as the platform keeps it (ADR 0014): a client's name is only a label
 * (the content decides the type), but it is stored, shown and sent in headers, so a name with
 * control characters (a NUL byte) or of more than {@link #MAX_LENGTH} characters is refused with
 * 400, and a missing one gets the fallback.
 */
public final class FileNames {

  public static final int MAX_LENGTH = 255;

  private FileNames() {}

  /**
   * @param field the form field, for the message
   * @param fallback the name of a file sent without one
   * @throws InvalidInputException for a name that is no name
   */
  public static String of(MultipartFile file, String field, String fallback) {
    return checked(file.getOriginalFilename(), field, fallback);
  }

  public static String checked(String name, String field, String fallback) {
    if (name == null || name.isBlank()) {
      return fallback;
    }
    if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw InvalidInputException.of(field, "Der Dateiname enthält unzulässige Steuerzeichen.");
    }
    if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
      throw InvalidInputException.of(
          field, "Der Dateiname ist länger als " + MAX_LENGTH + " Zeichen.");
    }
    return name.strip();
  }
}
