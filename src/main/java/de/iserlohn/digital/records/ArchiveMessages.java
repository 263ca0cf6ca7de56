package de.iserlohn.digital.records;

import de.iserlohn.digital.records.xdomea.InboundMessage;
import de.iserlohn.digital.records.xdomea.XdomeaException;
import de.iserlohn.digital.records.xdomea.XdomeaReader;
import de.iserlohn.digital.records.xdomea.XdomeaSchema;
import de.iserlohn.digital.records.xdomea.XdomeaWriter;
import org.springframework.stereotype.Component;

/**
 * The xdomea side of the Aussonderung: the writer with the city as sender and the configured
 * archive as recipient, and the reader with the official schema (loaded on first use from {@code
 * iserlohn.records.archive.xdomea-schema}; without it every incoming message is refused).
 */
@Component
class ArchiveMessages {

  private final RecordsProperties properties;
  private final XdomeaWriter writer;
  private volatile XdomeaReader reader;

  ArchiveMessages(RecordsProperties properties) {
    this.properties = properties;
    this.writer = new XdomeaWriter(properties.sender(), properties.archive().name());
  }

  XdomeaWriter writer() {
    return writer;
  }

  /** Reads and validates a message of the archive; refuses it with a German reason. */
  InboundMessage read(byte[] message) {
    XdomeaReader current = reader;
    if (current == null) {
      if (properties.archive().xdomeaSchema() == null) {
        throw new XdomeaException(
            "Das xdomea-Schema ist nicht eingerichtet (iserlohn.records.archive.xdomea-schema).");
      }
      current = new XdomeaReader(XdomeaSchema.load(properties.archive().xdomeaSchema()));
      reader = current;
    }
    return current.read(message);
  }
}
