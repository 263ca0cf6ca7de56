package de.iserlohn.digital.hr.documents;

import java.util.Arrays;

/**
 * Checks uploaded files by their content, never by name or declared type: PDF, JPEG and PNG are
 * accepted, up to {@link #MAX_BYTES}.
 */
public final class Uploads {

  public static final long MAX_BYTES = 5L * 1024 * 1024;

  private Uploads() {}

  /** The media type detected from the first bytes, or {@code null} if it is not accepted. */
  public static String detectAccepted(byte[] content) {
    if (startsWith(content, new byte[] {'%', 'P', 'D', 'F', '-'})) {
      return "application/pdf";
    }
    if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
      return "image/jpeg";
    }
    if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
      return "image/png";
    }
    return null;
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    return content.length >= magic.length
        && Arrays.equals(Arrays.copyOf(content, magic.length), magic);
  }
}
