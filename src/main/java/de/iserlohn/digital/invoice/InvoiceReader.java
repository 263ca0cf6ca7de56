package de.iserlohn.digital.invoice;

import de.iserlohn.digital.invoice.RejectedInputException.Reason;
import de.iserlohn.digital.platform.casefile.UnpackLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.mustangproject.ZUGFeRD.ZUGFeRDInvoiceImporter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Detects the format of an upload by its content and yields the invoice XML. ZUGFeRD/Factur-X PDFs
 * are opened with PDFBox (encryption check) and their embedded XML is extracted with Mustang, after
 * the inflated size of every stream in them was checked ({@link UnpackLimits}, ADR 0012).
 */
final class InvoiceReader {

  static final String UBL_INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
  static final String UBL_CREDIT_NOTE_NS =
      "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
  static final String CII_NS = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";

  static final String ZUGFERD_1_NS = "urn:ferd:CrossIndustryDocument:invoice:1p0";

  private final long maxBytes;

  InvoiceReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** The invoice XML of an upload, its format and its parsed DOM. */
  record ReadInvoice(InvoiceFormat format, byte[] xml, Document dom) {}

  ReadInvoice read(byte[] content) {
    if (content == null || content.length == 0) {
      throw new RejectedInputException(Reason.EMPTY, "Die Datei ist leer.");
    }
    if (content.length > maxBytes) {
      throw new RejectedInputException(
          Reason.TOO_LARGE,
          "Die Datei ist größer als die zulässigen %d Bytes.".formatted(maxBytes));
    }
    if (isPdf(content)) {
      byte[] xml = extractFromPdf(content);
      Document dom = SafeXml.parse(xml);
      if (ZUGFERD_1_NS.equals(dom.getDocumentElement().getNamespaceURI())) {
        throw new RejectedInputException(
            Reason.UNSUPPORTED_VERSION,
            "ZUGFeRD 1.0 entspricht nicht der EN 16931 und wird nicht als E-Rechnung angenommen;"
                + " bitte ZUGFeRD ab 2.1 (Profil EN16931) oder XRechnung senden.");
      }
      InvoiceFormat inner = xmlFormat(dom);
      if (inner != InvoiceFormat.CII) {
        throw new RejectedInputException(
            Reason.PDF_WITHOUT_INVOICE, "Das PDF enthält keine Rechnungsdaten im CII-Format.");
      }
      return new ReadInvoice(InvoiceFormat.ZUGFERD_PDF, xml, dom);
    }
    String head = new String(content, 0, Math.min(content.length, 512), StandardCharsets.UTF_8);
    if (!SafeXml.looksLikeXml(head)) {
      throw new RejectedInputException(Reason.NOT_XML, "Die Datei ist weder XML noch PDF.");
    }
    Document dom = SafeXml.parse(content);
    return new ReadInvoice(xmlFormat(dom), content, dom);
  }

  static boolean isPdf(byte[] content) {
    return content.length > 4
        && content[0] == '%'
        && content[1] == 'P'
        && content[2] == 'D'
        && content[3] == 'F';
  }

  private static InvoiceFormat xmlFormat(Document dom) {
    Element root = dom.getDocumentElement();
    String ns = String.valueOf(root.getNamespaceURI());
    String name = root.getLocalName();
    if (UBL_INVOICE_NS.equals(ns) && "Invoice".equals(name)) {
      return InvoiceFormat.UBL_INVOICE;
    }
    if (UBL_CREDIT_NOTE_NS.equals(ns) && "CreditNote".equals(name)) {
      return InvoiceFormat.UBL_CREDIT_NOTE;
    }
    if (CII_NS.equals(ns) && "CrossIndustryInvoice".equals(name)) {
      return InvoiceFormat.CII;
    }
    throw new RejectedInputException(
        Reason.NOT_AN_INVOICE,
        "Das XML ist keine Rechnung (Wurzelelement {%s}%s).".formatted(ns, name));
  }

  private byte[] extractFromPdf(byte[] content) {
    try {
      UnpackLimits.checkPdf(content);
    } catch (UnpackLimits.LimitExceededException e) {
      throw new RejectedInputException(Reason.TOO_LARGE, e.getMessage());
    }
    try (PDDocument pdf = Loader.loadPDF(content)) {
      if (pdf.isEncrypted()) {
        throw new RejectedInputException(
            Reason.ENCRYPTED_PDF, "Verschlüsselte PDF-Dateien werden nicht angenommen.");
      }
    } catch (InvalidPasswordException e) {
      throw new RejectedInputException(
          Reason.ENCRYPTED_PDF, "Verschlüsselte PDF-Dateien werden nicht angenommen.");
    } catch (IOException e) {
      throw new RejectedInputException(Reason.UNREADABLE_PDF, "Das PDF ist nicht lesbar.");
    }
    String xml;
    try {
      xml = extractXml(content);
    } catch (RuntimeException e) {
      xml = null;
    }
    if (xml == null || xml.isBlank()) {
      throw new RejectedInputException(
          Reason.PDF_WITHOUT_INVOICE,
          "Das PDF enthält keine eingebettete Rechnung (ZUGFeRD/Factur-X); es ist keine"
              + " E-Rechnung.");
    }
    return xml.getBytes(StandardCharsets.UTF_8);
  }

  private static String extractXml(byte[] content) {
    ZUGFeRDInvoiceImporter importer = new ZUGFeRDInvoiceImporter(new ByteArrayInputStream(content));
    return importer.getUTF8();
  }
}
