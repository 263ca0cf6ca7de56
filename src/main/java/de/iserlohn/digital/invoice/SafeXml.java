package de.iserlohn.digital.invoice;

import de.iserlohn.digital.invoice.RejectedInputException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses untrusted XML: a document type declaration is refused before anything is resolved, so
 * external entities (XXE) and entity expansion ("billion laughs") never happen.
 */
final class SafeXml {

  private SafeXml() {}

  static Document parse(byte[] content) {
    String head = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.UTF_8);
    if (head.contains("<!DOCTYPE") || head.contains("<!ENTITY")) {
      throw new RejectedInputException(
          Reason.HOSTILE_XML, "XML mit DOCTYPE- oder ENTITY-Deklaration wird nicht angenommen.");
    }
    try {
      DocumentBuilder builder = factory().newDocumentBuilder();
      builder.setErrorHandler(new DefaultHandler());
      builder.setEntityResolver(
          (publicId, systemId) -> {
            throw new SAXException("external entity refused: " + systemId);
          });
      return builder.parse(new ByteArrayInputStream(content));
    } catch (SAXParseException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("DOCTYPE")) {
        throw new RejectedInputException(
            Reason.HOSTILE_XML, "XML mit DOCTYPE- oder ENTITY-Deklaration wird nicht angenommen.");
      }
      if (e.getLineNumber() <= 1 && e.getColumnNumber() <= 1 || !looksLikeXml(head)) {
        throw new RejectedInputException(Reason.NOT_XML, "Die Datei ist kein XML.");
      }
      throw new RejectedInputException(
          Reason.MALFORMED_XML,
          "Das XML ist nicht wohlgeformt oder unvollständig (Zeile %d, Spalte %d): %s"
              .formatted(e.getLineNumber(), e.getColumnNumber(), message));
    } catch (SAXException | IOException e) {
      throw new RejectedInputException(Reason.MALFORMED_XML, "Das XML ist nicht lesbar.");
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("XML parser cannot be configured safely", e);
    }
  }

  static boolean looksLikeXml(String head) {
    return head.stripLeading().replace("\uFEFF", "").startsWith("<");
  }

  /**
   * The JDK's own parser, configured for untrusted input. {@code newDefaultInstance} rather than
   * {@code newInstance}: the latter searches every jar of the class path for a provider on each
   * call (6 % of an intake's time), and the hardening below is written for the JDK's parser.
   */
  private static DocumentBuilderFactory factory() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    return factory;
  }
}
