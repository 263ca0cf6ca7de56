package de.iserlohn.digital.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import de.iserlohn.digital.testsupport.VeraPdf;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The platform's PDFs are PDF/A-2b by veraPDF, with their title in the metadata. */
class PdfATests {

  private static final String PAGE =
      """
      <!DOCTYPE html><html lang="de"><head><meta charset="UTF-8"/><title>Prüfbescheid</title>
      <style>body{font-family:Arial;} h1{font-family:serif;} code{font-family:monospace;}</style>
      </head><body><h1>Größe: 10 €</h1><p><b>Fett</b> <i>kursiv</i> <b><i>beides</i></b>
      <code>VG-2026-000001</code> § 45 StVO „Anführungszeichen“ – ß ä ö ü Ä Ö Ü</p></body></html>
      """;

  @Test
  void aRenderedPageIsPdfA2b() {
    VeraPdf.Report report = VeraPdf.validate(PdfA.render(PAGE));

    assertThat(report.isPdfA2bOrLater()).as(report.toString()).isTrue();
    assertThat(report.flavour().getId()).isEqualTo("2b");
  }

  @Test
  void theTitleAndProducerAreInTheMetadata() throws Exception {
    try (PDDocument pdf = Loader.loadPDF(PdfA.render(PAGE))) {
      assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Prüfbescheid");
      String xmp =
          new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertThat(xmp).contains("pdfaid:part", "Prüfbescheid");
      assertThat(pdf.getDocumentCatalog().getOutputIntents()).hasSize(1);
    }
  }

  @Test
  void theCheckRefusesAPlainPdf() throws Exception {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.withHtmlContent(PAGE, null);
      builder.toStream(out);
      builder.run();

      assertThat(VeraPdf.validate(out.toByteArray()).isPdfA2bOrLater()).isFalse();
    }
  }
}
