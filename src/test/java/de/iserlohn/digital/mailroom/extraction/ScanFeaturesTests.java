package de.iserlohn.digital.mailroom.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScanFeaturesTests {

  @Test
  void findsTheInvoiceCuesTheSenderAndNoReference() {
    ScanFeatures features =
        ScanFeatures.of(
            """
            Absender: Elektro Schulte GmbH, Hagener Str. 5, 58636 Iserlohn
            Rechnung
            Rechnungsnummer: RE-4711/26
            Summe brutto 1.190,00 EUR
            Bitte überweisen Sie auf IBAN DE89 3704 0044 0532 0130 00
            """);
    assertThat(features.invoiceCues()).isEqualTo(3);
    assertThat(features.sender()).isEqualTo("Elektro Schulte GmbH, Hagener Str. 5, 58636 Iserlohn");
    assertThat(features.caseNumber()).isNull();
    assertThat(features.keyword()).isEqualTo(ScanFeatures.NO_KEYWORD);
  }

  @Test
  void findsACaseNumberAlsoWithOcrSpacesAndAKassenzeichen() {
    assertThat(ScanFeatures.of("Ihr Zeichen: VG - 2026 - 000123, danke").caseNumber())
        .isEqualTo("VG-2026-000123");
    assertThat(ScanFeatures.of("Kassenzeichen: 5.0123.456789.1\nGrundsteuer").kassenzeichen())
        .isEqualTo("5.0123.456789.1");
    assertThat(ScanFeatures.of("Kassenzeichen: 5.0123.456789.1\nGrundsteuer").keyword())
        .isEqualTo("STEUER");
  }

  @Test
  void theFirstKeywordGroupWinsAndCaseDoesNotMatter() {
    assertThat(ScanFeatures.of("ZUSTELLUNGSURKUNDE zum Bescheid").keyword())
        .isEqualTo("ZUSTELLUNG");
    assertThat(ScanFeatures.of("anbei die Geburtsurkunde meiner Tochter").keyword())
        .isEqualTo("URKUNDE");
    assertThat(ScanFeatures.of("Hiermit erteile ich Vollmacht").keyword()).isEqualTo("VOLLMACHT");
    assertThat(ScanFeatures.of("Bewerbung mit Zeugnis und Urkunde").keyword())
        .isEqualTo("PERSONAL");
    assertThat(ScanFeatures.of("Antrag auf Baumfällung").keyword()).isEqualTo("UMWELT");
  }

  @Test
  void anEmptyTextHasNoFeatures() {
    ScanFeatures none = ScanFeatures.of("");
    assertThat(none.invoiceCues()).isZero();
    assertThat(none.sender()).isEmpty();
    assertThat(none.keyword()).isEqualTo(ScanFeatures.NO_KEYWORD);
  }
}
