package de.iserlohn.digital.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScanTextParserTests {

  static final String SCAN =
      """
      Gartenbau Müller GmbH · Hauptstraße 5 · 58636 Iserlohn
      Stadt Iserlohn
      Leitweg-ID: 04011000-12345-03
      Rechnung
      Rechnungsnummer: GM-2026/0815
      Rechnungsdatum: 03.11.2026
      Baumschnitt Alexanderhöhe          1.000,00 €
      Umsatzsteuer 19 %                    190,00 €
      Gesamtbetrag                       1.190,00 €
      abzüglich Anzahlung                  190,00 €
      Zahlbetrag                         1.000,00 EUR
      Bitte überweisen Sie auf IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX
      """;

  @Test
  void theLabelledFieldsOfAScanAreFound() {
    ScanTextParser.Prefill prefill = ScanTextParser.parse(SCAN);

    assertThat(prefill.iban()).isEqualTo("DE89370400440532013000");
    assertThat(prefill.invoiceNumber()).isEqualTo("GM-2026/0815");
    assertThat(prefill.invoiceDate()).isEqualTo(LocalDate.of(2026, 11, 3));
    assertThat(prefill.grossAmount()).isEqualByComparingTo("1190.00");
    assertThat(prefill.amountDue()).isEqualByComparingTo("1000.00");
    assertThat(prefill.leitwegId()).isEqualTo("04011000-12345-03");
  }

  @Test
  void anIbanWithWrongCheckDigitsIsNotOffered() {
    assertThat(ScanTextParser.iban("IBAN DE88 3704 0044 0532 0130 00")).isEmpty();
    assertThat(ScanTextParser.iban("IBAN: DE89370400440532013000"))
        .hasValue("DE89370400440532013000");
  }

  @Test
  void withoutAnAmountDueTheGrossAmountIsDue() {
    ScanTextParser.Prefill prefill = ScanTextParser.parse("Rechnungsbetrag: 250,50 EUR");

    assertThat(prefill.grossAmount()).isEqualByComparingTo(new BigDecimal("250.50"));
    assertThat(prefill.amountDue()).isEqualByComparingTo(new BigDecimal("250.50"));
  }

  @Test
  void nothingIsGuessedFromUnlabelledOrBrokenText() {
    ScanTextParser.Prefill prefill =
        ScanTextParser.parse(
            "Vielen Dank für Ihren Auftrag vom 31.02.2026. 12,00 Tel. 02371-217-0");

    assertThat(prefill).isEqualTo(new ScanTextParser.Prefill(null, null, null, null, null, null));
    assertThat(ScanTextParser.parse("Leitweg-ID: 04011000-12345-04").leitwegId()).isNull();
    assertThat(ScanTextParser.parse(null).iban()).isNull();
  }
}
