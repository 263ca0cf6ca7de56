package de.iserlohn.digital.mailroom.intake;

import de.iserlohn.digital.platform.casefile.ContentTypes;
import de.iserlohn.digital.platform.casefile.UnpackLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Checks a scanned file by its content before anything is stored: accepted are PDF, TIFF (also
 * multi-page), PNG and JPEG up to a size, page count and pixel count; encrypted and unreadable
 * PDFs, other types (whatever the file name says), empty files and images whose declared size would
 * explode when decoded (decompression bombs) are rejected with a German reason.
 */
public final class ScanCheck {

  /** Accepted media types and how people call them. */
  public static final Map<String, String> ACCEPTED =
      Map.of(
          "application/pdf", "PDF",
          "image/tiff", "TIFF",
          "image/png", "PNG",
          "image/jpeg", "JPEG");

  private final long maxBytes;
  private final long maxPixels;
  private final int maxPages;

  public ScanCheck(long maxBytes, long maxPixels, int maxPages) {
    this.maxBytes = maxBytes;
    this.maxPixels = maxPixels;
    this.maxPages = maxPages;
  }

  public static ScanCheck of(MailroomProperties properties) {
    return new ScanCheck(
        properties.maxSize().toBytes(), properties.maxPixels(), properties.maxPages());
  }

  /**
   * The outcome of the check.
   *
   * @param mediaType the detected media type (also when rejected)
   * @param pages the number of pages of an accepted file
   * @param reason why the file is rejected; {@code null} when accepted
   */
  public record Result(String mediaType, int pages, String reason) {

    public boolean accepted() {
      return reason == null;
    }

    static Result rejected(String mediaType, String reason) {
      return new Result(mediaType, 0, reason);
    }
  }

  /** Checks the size before the content is read (e.g. a file in the hot folder). */
  public String checkSize(long size) {
    if (size == 0) {
      return "Die Datei ist leer (0 Byte).";
    }
    if (size > maxBytes) {
      return "Die Datei ist größer als die Höchstgröße von %d MB."
          .formatted(maxBytes / (1024 * 1024));
    }
    return null;
  }

  public Result check(byte[] content) {
    String sizeProblem = checkSize(content.length);
    if (sizeProblem != null) {
      return Result.rejected(ContentTypes.UNKNOWN, sizeProblem);
    }
    String mediaType = ContentTypes.detect(content);
    if (!ACCEPTED.containsKey(mediaType)) {
      return Result.rejected(
          mediaType,
          "Der Inhalt ist vom Typ %s; angenommen werden nur PDF, TIFF, PNG und JPEG."
              .formatted(mediaType));
    }
    return mediaType.equals("application/pdf") ? checkPdf(content) : checkImage(content, mediaType);
  }

  private Result checkPdf(byte[] content) {
    try {
      UnpackLimits.checkPdf(content);
    } catch (UnpackLimits.LimitExceededException e) {
      return Result.rejected("application/pdf", e.getMessage());
    }
    try (PDDocument document = Loader.loadPDF(content)) {
      if (document.isEncrypted()) {
        return Result.rejected("application/pdf", "Das PDF ist verschlüsselt.");
      }
      int pages = document.getNumberOfPages();
      if (pages == 0) {
        return Result.rejected("application/pdf", "Das PDF hat keine Seiten.");
      }
      if (pages > maxPages) {
        return Result.rejected(
            "application/pdf", "Das PDF hat mehr als %d Seiten.".formatted(maxPages));
      }
      return new Result("application/pdf", pages, null);
    } catch (InvalidPasswordException e) {
      return Result.rejected("application/pdf", "Das PDF ist verschlüsselt (kennwortgeschützt).");
    } catch (IOException | RuntimeException e) {
      return Result.rejected("application/pdf", "Das PDF ist beschädigt und nicht lesbar.");
    }
  }

  private Result checkImage(byte[] content, String mediaType) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return Result.rejected(mediaType, "Das Bild ist beschädigt und nicht lesbar.");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in);
        int pages = reader.getNumImages(true);
        if (pages < 1) {
          return Result.rejected(mediaType, "Das Bild enthält keine Seite.");
        }
        if (pages > maxPages) {
          return Result.rejected(
              mediaType, "Die Datei hat mehr als %d Seiten.".formatted(maxPages));
        }
        for (int page = 0; page < pages; page++) {
          // the header's dimensions only: nothing is decoded
          long pixels = (long) reader.getWidth(page) * reader.getHeight(page);
          if (pixels > maxPixels) {
            return Result.rejected(
                mediaType,
                "Das Bild ist mit %d Megapixeln zu groß (mögliche Dekompressionsbombe)."
                    .formatted(pixels / 1_000_000));
          }
        }
        return new Result(mediaType, pages, null);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return Result.rejected(mediaType, "Das Bild ist beschädigt und nicht lesbar.");
    }
  }
}
