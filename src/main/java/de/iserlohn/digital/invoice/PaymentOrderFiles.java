package de.iserlohn.digital.invoice;

import de.iserlohn.digital.platform.web.CsvFormat;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The files of a payment-order batch: CSV in the city's dialect ({@link CsvFormat}) and XML
 * (namespace {@value #XML_NS}). Both are made from the frozen rows of the batch only, so the same
 * batch always gives the same file.
 */
final class PaymentOrderFiles {

  static final String XML_NS = "https://digital.iserlohn.de/schema/zahlungsanordnung/1";

  static final String CSV_HEADER =
      CsvFormat.header(
          "registernummer",
          "glaeubiger",
          "iban",
          "betrag",
          "waehrung",
          "faellig_am",
          "skonto_bis",
          "skonto_betrag",
          "betrag_bei_skonto",
          "kostenstelle",
          "verwendungszweck",
          "stapel");

  private PaymentOrderFiles() {}

  static String csv(PaymentOrderBatch batch) {
    StringBuilder csv = new StringBuilder(CSV_HEADER);
    for (PaymentOrderBatch.Order o : batch.orders()) {
      csv.append(
          CsvFormat.line(
              CsvFormat.cell(o.registerNumber()),
              CsvFormat.cell(o.creditor()),
              CsvFormat.cell(o.iban()),
              CsvFormat.amount(o.amount()),
              CsvFormat.cell(o.currency()),
              CsvFormat.plain(o.dueDate()),
              CsvFormat.plain(o.skontoDate()),
              CsvFormat.amount(o.skontoAmount()),
              CsvFormat.amount(o.amountWithSkonto()),
              CsvFormat.cell(o.costCentre()),
              CsvFormat.cell(o.purpose()),
              CsvFormat.cell(batch.batchId())));
    }
    return csv.toString();
  }

  static String xml(PaymentOrderBatch batch) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      w.writeStartDocument("UTF-8", "1.0");
      w.writeStartElement("Zahlungsanordnungen");
      w.writeDefaultNamespace(XML_NS);
      w.writeAttribute("stapel", batch.batchId());
      w.writeAttribute("erstellt", batch.createdAt().toString());
      w.writeAttribute("anzahl", String.valueOf(batch.orderCount()));
      w.writeAttribute("summe", amount(batch.totalAmount()));
      for (PaymentOrderBatch.Order o : batch.orders()) {
        w.writeStartElement("Zahlungsanordnung");
        w.writeAttribute("registernummer", o.registerNumber());
        element(w, "Glaeubiger", o.creditor());
        element(w, "IBAN", o.iban());
        w.writeStartElement("Betrag");
        w.writeAttribute("waehrung", o.currency());
        w.writeCharacters(amount(o.amount()));
        w.writeEndElement();
        element(w, "FaelligAm", o.dueDate() == null ? null : o.dueDate().toString());
        if (o.skontoDate() != null) {
          w.writeStartElement("Skonto");
          w.writeAttribute("bis", o.skontoDate().toString());
          element(w, "Betrag", amount(o.skontoAmount()));
          element(w, "BetragBeiSkonto", amount(o.amountWithSkonto()));
          w.writeEndElement();
        }
        element(w, "Kostenstelle", o.costCentre());
        element(w, "Verwendungszweck", o.purpose());
        w.writeEndElement();
      }
      w.writeEndElement();
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Cannot write payment orders", e);
    }
    return out.toString();
  }

  private static void element(XMLStreamWriter w, String name, String value)
      throws XMLStreamException {
    if (value == null || value.isEmpty()) {
      return;
    }
    w.writeStartElement(name);
    w.writeCharacters(value);
    w.writeEndElement();
  }

  private static String amount(BigDecimal value) {
    return value == null ? null : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
