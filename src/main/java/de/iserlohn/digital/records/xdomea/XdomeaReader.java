package de.iserlohn.digital.records.xdomea;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the archive's messages of the Aussonderung: parsed without DTDs and external entities, then
 * validated against the official xdomea 3.0.0 schema; anything else (not XML, another standard or
 * version, another message type) is refused with a German message for the records officer.
 */
public final class XdomeaReader {

  /** The message types the platform receives from the archive. */
  public static final Set<String> RECEIVED = Set.of("0502", "0504", "0506", "0507");

  private final XdomeaSchema schema;

  public XdomeaReader(XdomeaSchema schema) {
    this.schema = schema;
  }

  /** Reads the header only (type and process id), without schema validation: for routing. */
  public static InboundMessage header(byte[] message) {
    Element root = parse(message).getDocumentElement();
    if (!Xdomea.NS.equals(root.getNamespaceURI())) {
      throw new XdomeaException(
          "Keine xdomea-3.0.0-Nachricht (Namensraum " + root.getNamespaceURI() + ").");
    }
    Element kopf = child(root, "Kopf");
    String processId = kopf == null ? null : text(child(kopf, "ProzessID"));
    Element typ = kopf == null ? null : child(kopf, "Nachrichtentyp");
    String type = typ == null ? null : text(childNoNs(typ, "code"));
    if (processId == null || type == null) {
      throw new XdomeaException("Nachricht ohne ProzessID oder Nachrichtentyp.");
    }
    if (!root.getLocalName().endsWith("." + type)) {
      throw new XdomeaException(
          "Nachrichtentyp %s passt nicht zur Nachricht %s.".formatted(type, root.getLocalName()));
    }
    return new InboundMessage(type, processId, List.of(), List.of());
  }

  /**
   * Reads and validates a message of the archive.
   *
   * @throws XdomeaException when it is not a valid xdomea 3.0.0 message of a type the platform
   *     receives
   */
  public InboundMessage read(byte[] message) {
    InboundMessage head = header(message);
    if (!RECEIVED.contains(head.type())) {
      throw new XdomeaException(
          "Nachrichtentyp " + head.type() + " wird vom Archiv nicht erwartet.");
    }
    schema.validate(message);
    Element root = parse(message).getDocumentElement();
    List<InboundMessage.Evaluation> evaluations = new ArrayList<>();
    for (Element o : children(root, "BewertetesObjekt")) {
      Element art = child(child(o, "Aussonderungsart"), "Aussonderungsart");
      String value = art == null ? null : text(childNoNs(art, "code"));
      if (value == null) {
        throw new XdomeaException(
            "Bewertung ohne Aussonderungsart-Code für " + text(child(o, "ID")) + ".");
      }
      evaluations.add(new InboundMessage.Evaluation(text(child(o, "ID")), value));
    }
    List<InboundMessage.ImportResult> results = new ArrayList<>();
    for (Element o : children(root, "AusgesondertesSGO")) {
      List<String> errors = new ArrayList<>();
      for (Element e : children(o, "Fehlermeldung")) {
        errors.add(text(e));
      }
      results.add(
          new InboundMessage.ImportResult(
              text(child(o, "IDSGO")),
              Boolean.parseBoolean(text(child(o, "Erfolgreich")))
                  || "1".equals(text(child(o, "Erfolgreich"))),
              text(child(o, "Archivkennung")),
              List.copyOf(errors)));
    }
    return new InboundMessage(
        head.type(), head.processId(), List.copyOf(evaluations), List.copyOf(results));
  }

  static Document parse(byte[] message) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new ByteArrayInputStream(message));
    } catch (SAXException e) {
      throw new XdomeaException("Nachricht ist kein wohlgeformtes XML: " + e.getMessage(), e);
    } catch (IOException | ParserConfigurationException e) {
      throw new XdomeaException("Nachricht nicht lesbar: " + e.getMessage(), e);
    }
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> result = new ArrayList<>();
    if (parent == null) {
      return result;
    }
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node n = nodes.item(i);
      if (n instanceof Element e
          && Xdomea.NS.equals(e.getNamespaceURI())
          && name.equals(e.getLocalName())) {
        result.add(e);
      }
    }
    return result;
  }

  private static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0);
  }

  private static Element childNoNs(Element parent, String name) {
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e
          && e.getNamespaceURI() == null
          && name.equals(e.getLocalName())) {
        return e;
      }
    }
    return null;
  }

  private static String text(Element e) {
    if (e == null) {
      return null;
    }
    String t = e.getTextContent();
    return t == null || t.isBlank() ? null : t.strip();
  }
}
