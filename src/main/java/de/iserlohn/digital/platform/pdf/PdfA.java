package de.iserlohn.digital.platform.pdf;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The one place that renders PDFs: an XHTML page printed by openhtmltopdf as PDF/A-2b. The page's
 * {@code <title>} becomes the document title in the XMP metadata; all text is set in Source Sans
 * Pro (embedded as subset), whatever font family the page asks for, since PDF/A forbids fonts that
 * are not embedded (ADR 0070).
 */
public final class PdfA {

  /** The PDF/A part and conformance level of everything the platform writes. */
  public static final String CONFORMANCE = "PDF/A-2b";

  static final String PRODUCER = "Iserlohn Digital";

  /** Families a page may name; all are mapped to the embedded font. */
  private static final List<String> FAMILIES =
      List.of(
          "sans-serif",
          "serif",
          "monospace",
          "SansSerif",
          "Serif",
          "Monospaced",
          "Arial",
          "Helvetica",
          "Times",
          "Times New Roman",
          "Courier",
          "Courier New",
          "Source Sans Pro");

  private record Face(String resource, int weight, FontStyle style) {}

  private static final List<Face> FACES =
      List.of(
          new Face("/fonts/SourceSansPro-Regular.ttf", 400, FontStyle.NORMAL),
          new Face("/fonts/SourceSansPro-Bold.ttf", 700, FontStyle.NORMAL),
          new Face("/fonts/SourceSansPro-It.ttf", 400, FontStyle.ITALIC),
          new Face("/fonts/SourceSansPro-BoldIt.ttf", 700, FontStyle.ITALIC));

  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  static {
    for (Face face : FACES) {
      if (PdfA.class.getResource(face.resource()) == null) {
        throw new IllegalStateException("Font for PDF/A missing on the classpath: " + face);
      }
    }
  }

  private PdfA() {}

  /**
   * Renders a well-formed XHTML page (UTF-8, with a {@code <title>} and {@code lang}) as PDF/A.
   *
   * @throws UncheckedIOException if the page cannot be rendered
   */
  public static byte[] render(String xhtml) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePdfAConformance(PdfAConformance.PDFA_2_B);
      builder.useColorProfile(SRGB);
      builder.withProducer(PRODUCER);
      for (String family : FAMILIES) {
        for (Face face : FACES) {
          FSSupplier<InputStream> bytes = () -> open(face.resource());
          builder.useFont(bytes, family, face.weight(), face.style(), true);
        }
      }
      builder.withHtmlContent(xhtml, null);
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot render PDF/A", e);
    }
  }

  private static InputStream open(String resource) {
    return PdfA.class.getResourceAsStream(resource);
  }
}
