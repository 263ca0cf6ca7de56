package de.iserlohn.digital.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.testsupport.SharedTestData;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * Finding 10 of issue 17: the clerk's invoice view shows the invoice rendered by Mustang (XRechnung
 * stylesheets), not the raw XML it falls back to when the visualisation fails.
 */
class InvoiceRenderingTests {

  static final String FALLBACK = "kann nicht grafisch dargestellt werden";

  @Test
  void aUblInvoiceIsRenderedForPeople() throws IOException {
    byte[] xml =
        Files.readAllBytes(
            SharedTestData.path(
                "einvoice/xrechnung-testsuite/business-cases/standard/01.01a-INVOICE_ubl.xml"));

    String html = InvoiceRendering.visualise(xml);

    assertThat(html).doesNotContain(FALLBACK).doesNotContain("&lt;");
    assertThat(html).containsIgnoringCase("<div");
  }

  @Test
  void aCiiInvoiceIsRenderedForPeople() throws IOException {
    byte[] xml =
        Files.readAllBytes(
            SharedTestData.path(
                "einvoice/xrechnung-testsuite/business-cases/standard/01.01a-INVOICE_uncefact.xml"));

    assertThat(InvoiceRendering.visualise(xml)).doesNotContain(FALLBACK);
  }
}
