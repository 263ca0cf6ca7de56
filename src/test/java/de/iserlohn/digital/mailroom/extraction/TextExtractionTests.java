package de.iserlohn.digital.mailroom.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.iserlohn.digital.mailroom.ScanDocuments;
import org.junit.jupiter.api.Test;

/**
 * Text extraction on generated documents: the text layer of a born-digital PDF, and OCR (Tesseract,
 * German) of a PNG, a JPEG, a two-page TIFF and an image-only PDF. OCR pages are few: OCR is slow.
 */
class TextExtractionTests {

  final TextExtraction extraction = new TextExtraction(100_000, 120);

  @Test
  void readsTheTextLayerOfABornDigitalPdf() {
    byte[] pdf = ScanDocuments.pdf("Stadt Iserlohn\nAktenzeichen VG-2026-000042", "Seite zwei");
    TextExtraction.Extracted text = extraction.extract(pdf, "application/pdf");
    assertThat(text.text()).contains("Stadt Iserlohn", "VG-2026-000042", "Seite zwei");
    assertThat(text.truncated()).isFalse();
  }

  @Test
  void recognisesGermanTextOnScannedImages() {
    String png =
        extraction
            .extract(ScanDocuments.png("Antrag auf Baumfällung\nGrünfläche Hemberg"), "image/png")
            .text();
    assertThat(png).contains("Baumfällung", "Grünfläche");
    String jpeg =
        extraction.extract(ScanDocuments.jpeg("Rechnungsnummer 4711\nStraße"), "image/jpeg").text();
    assertThat(jpeg).contains("Rechnungsnummer", "4711", "Straße");
  }

  @Test
  void recognisesEveryPageOfAMultiPageTiff() {
    String text =
        extraction
            .extract(
                ScanDocuments.tiff("Erste Seite Vollmacht", "Zweite Seite Müller"), "image/tiff")
            .text();
    assertThat(text).contains("Vollmacht", "Müller");
  }

  @Test
  void recognisesAnImageOnlyPdfPage() {
    String text =
        extraction
            .extract(ScanDocuments.imageOnlyPdf("Geburtsurkunde\nIserlohn"), "application/pdf")
            .text();
    assertThat(text).contains("Geburtsurkunde", "Iserlohn");
  }

  @Test
  void keepsAtMostTheConfiguredNumberOfCharacters() {
    TextExtraction small = new TextExtraction(20, 60);
    TextExtraction.Extracted text =
        small.extract(
            ScanDocuments.pdf("Ein sehr langer Brief an die Stadt Iserlohn"), "application/pdf");
    assertThat(text.truncated()).isTrue();
    assertThat(text.text().length()).isLessThanOrEqualTo(20);
  }

  @Test
  void aCorruptFileIsATechnicalFailure() {
    assertThatThrownBy(() -> extraction.extract(ScanDocuments.corruptPdf(), "application/pdf"))
        .isInstanceOf(RuntimeException.class);
  }
}
