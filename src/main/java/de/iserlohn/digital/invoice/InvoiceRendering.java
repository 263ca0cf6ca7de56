package de.iserlohn.digital.invoice;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.mustangproject.ZUGFeRD.ZUGFeRDVisualizer;
import org.springframework.web.util.HtmlUtils;

/**
 * The clerk's view: the invoice rendered readable by Mustang's visualisation (XRechnung
 * stylesheets) next to the validation report of the register entry.
 */
final class InvoiceRendering {

  private InvoiceRendering() {}

  static String page(InvoiceView invoice, byte[] invoiceXml) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"UTF-8\"><title>Rechnung ")
        .append(e(invoice.registerNumber()))
        .append("</title></head><body style=\"font-family: Arial, sans-serif;\">")
        .append("<h1>Eingangsrechnung ")
        .append(e(invoice.registerNumber()))
        .append("</h1><table>");
    row(html, "Status", invoice.status());
    row(html, "Lieferant", invoice.supplier());
    row(html, "Rechnungsnummer", invoice.invoiceNumber());
    row(html, "Rechnungsdatum", invoice.invoiceDate());
    row(html, "Zahlbetrag", invoice.amountDue() + " " + invoice.currency());
    row(html, "Fällig am", invoice.dueDate());
    row(
        html,
        "Skonto",
        invoice.skontoPercent() == null
            ? null
            : invoice.skontoPercent() + " % bis " + invoice.skontoDate());
    row(html, "Leitweg-ID", invoice.leitwegId());
    row(html, "Regelwerk", invoice.ruleSet());
    html.append("</table><h2>Prüfbericht</h2>");
    if (invoice.findings().isEmpty()) {
      html.append("<p>Alle Regeln erfüllt.</p>");
    } else {
      html.append("<table border=\"1\" style=\"border-collapse: collapse;\">")
          .append("<tr><th>Regel</th><th>Schwere</th><th>Ort</th><th>Meldung</th></tr>");
      for (Finding f : invoice.findings()) {
        html.append("<tr><td>")
            .append(e(f.ruleId()))
            .append("</td><td>")
            .append(e(f.severity().name()))
            .append("</td><td style=\"font-size: 11px;\">")
            .append(e(f.location()))
            .append("</td><td>")
            .append(e(f.message()))
            .append("</td></tr>");
      }
      html.append("</table>");
    }
    html.append("<h2>Rechnung</h2>").append(visualise(invoiceXml)).append("</body></html>");
    return html.toString();
  }

  /** Mustang's HTML of the invoice, or a notice when it cannot render this document. */
  static String visualise(byte[] invoiceXml) {
    if (invoiceXml == null) {
      return "<p>Die Rechnungsdaten sind nicht verfügbar.</p>";
    }
    try {
      String rendered =
          new ZUGFeRDVisualizer()
              .visualize(new ByteArrayInputStream(invoiceXml), ZUGFeRDVisualizer.Language.DE);
      int body = rendered.indexOf("<body");
      int end = rendered.lastIndexOf("</body>");
      if (body >= 0 && end > body) {
        return "<div>" + rendered.substring(rendered.indexOf('>', body) + 1, end) + "</div>";
      }
      return rendered;
    } catch (Exception | LinkageError e) {
      return "<p>Diese Rechnung kann nicht grafisch dargestellt werden; maßgeblich ist das"
          + " Original in der E-Akte.</p><pre>"
          + e(new String(invoiceXml, StandardCharsets.UTF_8))
          + "</pre>";
    }
  }

  private static void row(StringBuilder html, String label, Object value) {
    html.append("<tr><th style=\"text-align: left; padding-right: 12px;\">")
        .append(e(label))
        .append("</th><td>")
        .append(e(value == null ? "-" : value.toString()))
        .append("</td></tr>");
  }

  private static String e(String s) {
    return s == null ? "" : HtmlUtils.htmlEscape(s);
  }
}
