package de.iserlohn.digital.records;

import de.iserlohn.digital.platform.casefile.DokumentView;
import de.iserlohn.digital.platform.pdf.PdfA;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.springframework.web.util.HtmlUtils;

/**
 * The form a document is handed to the archive in: PDFs as they are (the platform's own are
 * PDF/A-2b), images and text rendered as PDF/A-2b, anything else as the original.
 */
final class ArchivalRendition {

  private static final Set<String> IMAGES = Set.of("image/jpeg", "image/png");
  private static final Set<String> TEXT = Set.of("text/plain", "application/xml", "text/xml");

  record File(String fileName, String mediaType, String formatVersion, byte[] content) {}

  private ArchivalRendition() {}

  static File of(DokumentView document, byte[] content) {
    String base = document.id() + "_" + safe(document.fileName());
    String type = document.mediaType();
    if ("application/pdf".equals(type)) {
      return new File(base, type, "PDF", content);
    }
    if (IMAGES.contains(type)) {
      String page =
          "<html lang=\"de\"><head><meta charset=\"UTF-8\"/><title>%s</title></head><body>"
                  .formatted(esc(document.fileName()))
              + "<img style=\"max-width:100%%\" src=\"data:%s;base64,%s\"/></body></html>"
                  .formatted(type, Base64.getEncoder().encodeToString(content));
      return new File(base + ".pdf", "application/pdf", PdfA.CONFORMANCE, PdfA.render(page));
    }
    if (TEXT.contains(type)) {
      String page =
          "<html lang=\"de\"><head><meta charset=\"UTF-8\"/><title>%s</title></head><body><pre"
                  .formatted(esc(document.fileName()))
              + " style=\"white-space:pre-wrap;font-size:9pt\">"
              + esc(new String(content, StandardCharsets.UTF_8))
              + "</pre></body></html>";
      return new File(base + ".pdf", "application/pdf", PdfA.CONFORMANCE, PdfA.render(page));
    }
    return new File(base, type, "original", content);
  }

  private static String safe(String name) {
    return name.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  private static String esc(String s) {
    return HtmlUtils.htmlEscape(s, "UTF-8");
  }
}
