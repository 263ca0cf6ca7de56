package de.iserlohn.digital.records.xdomea;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The official xdomea 3.0.0 schema, loaded from the file system (it is not part of the
 * application). Validation resolves no DTDs and no external entities; the schema itself may only
 * include files next to it.
 */
public final class XdomeaSchema {

  private final Schema schema;

  private XdomeaSchema(Schema schema) {
    this.schema = schema;
  }

  /** Loads {@code xdomea.xsd} (with the schemas it includes and imports) from its path. */
  public static XdomeaSchema load(Path xdomeaXsd) {
    if (xdomeaXsd == null || !Files.isRegularFile(xdomeaXsd)) {
      throw new XdomeaException("xdomea schema not found: " + xdomeaXsd);
    }
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
      return new XdomeaSchema(factory.newSchema(xdomeaXsd.toFile()));
    } catch (SAXException e) {
      throw new XdomeaException("xdomea schema not readable: " + e.getMessage(), e);
    }
  }

  /**
   * Validates a message.
   *
   * @throws XdomeaException with the line and the schema's message when it is not valid
   */
  public void validate(byte[] message) {
    try {
      Validator validator = schema.newValidator();
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      validator.validate(new StreamSource(new ByteArrayInputStream(message)));
    } catch (SAXParseException e) {
      throw new XdomeaException(
          "Nachricht entspricht nicht dem Schema xdomea 3.0.0 (Zeile %d): %s"
              .formatted(e.getLineNumber(), e.getMessage()),
          e);
    } catch (SAXException | IOException e) {
      throw new XdomeaException("Nachricht nicht lesbar: " + e.getMessage(), e);
    }
  }
}
