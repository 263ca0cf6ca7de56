package de.iserlohn.digital.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.platform.web.FieldError;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CapturedInvoiceTests {

  static Map<String, Object> complete() {
    Map<String, Object> values = new HashMap<>();
    values.put(CapturedInvoice.SUPPLIER, "Gartenbau Müller GmbH");
    values.put(CapturedInvoice.INVOICE_NUMBER, "GM-1");
    values.put(CapturedInvoice.INVOICE_DATE, "2026-11-03");
    values.put(CapturedInvoice.GROSS_AMOUNT, 1190.0);
    values.put(CapturedInvoice.IBAN, "de89 3704 0044 0532 0130 00");
    return values;
  }

  @Test
  void aCompleteCaptureBecomesRegisterFieldsWithSkontoInTheXRechnungNotation() {
    Map<String, Object> values = complete();
    values.put(CapturedInvoice.SKONTO_DAYS, 10L);
    values.put(CapturedInvoice.SKONTO_PERCENT, 3.0);
    CapturedInvoice captured = CapturedInvoice.of(values);

    assertThat(captured.errors()).isEmpty();
    assertThat(captured.iban()).isEqualTo("DE89370400440532013000");
    assertThat(captured.amountDue()).isEqualByComparingTo("1190.00");
    assertThat(SkontoTerms.parse(captured.data().paymentTerms()))
        .hasValueSatisfying(s -> assertThat(s.days()).isEqualTo(10));
  }

  @Test
  void everyWrongFieldGetsItsOwnGermanMessage() {
    Map<String, Object> values = complete();
    values.put(CapturedInvoice.INVOICE_DATE, "03.11.2026");
    values.put(CapturedInvoice.AMOUNT_DUE, 2000.0);
    values.put(CapturedInvoice.SKONTO_DAYS, 14L);
    values.put(CapturedInvoice.LEITWEG_ID, "Einkauf");
    values.remove(CapturedInvoice.INVOICE_NUMBER);

    assertThat(CapturedInvoice.of(values).errors())
        .extracting(FieldError::field, FieldError::message)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                CapturedInvoice.INVOICE_NUMBER, "Bitte die Rechnungsnummer angeben."),
            org.assertj.core.groups.Tuple.tuple(
                CapturedInvoice.INVOICE_DATE, "Bitte ein Datum im Format JJJJ-MM-TT angeben."),
            org.assertj.core.groups.Tuple.tuple(
                CapturedInvoice.AMOUNT_DUE,
                "Der Zahlbetrag muss zwischen 0 und dem Bruttobetrag liegen."),
            org.assertj.core.groups.Tuple.tuple(
                CapturedInvoice.LEITWEG_ID, "Das ist keine Leitweg-ID (z. B. 05962024-0001-xx)."),
            org.assertj.core.groups.Tuple.tuple(
                CapturedInvoice.SKONTO_PERCENT, "Skonto braucht Tage und Prozentsatz."));
  }
}
