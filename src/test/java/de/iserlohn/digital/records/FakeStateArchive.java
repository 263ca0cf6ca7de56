package de.iserlohn.digital.records;

import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.records.xdomea.XdomeaMessages;
import de.iserlohn.digital.records.xdomea.XdomeaSchema;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The state archive, played by the test at the level the platform reaches it: the drop folder. It
 * reads what the platform put into {@code outbox} (and checks it against the official schema) and
 * puts its own messages into {@code inbox}.
 */
final class FakeStateArchive {

  private static final XdomeaSchema SCHEMA = XdomeaMessages.schema();
  private static final Pattern OBJECT =
      Pattern.compile(
          "<xdomea:Vorgang><xdomea:Identifikation><xdomea:ID>([^<]+)</xdomea:ID>.*?"
              + "<xdomea:Kennzeichen>([^<]+)</xdomea:Kennzeichen>");

  private final Path outbox;
  private final Path inbox;

  FakeStateArchive(Path dropFolder) {
    this.outbox = dropFolder.resolve("outbox");
    this.inbox = dropFolder.resolve("inbox");
  }

  /** The offer (0501) of an Aussonderung, valid by the schema: case number to object id. */
  Map<String, String> offer(String processId) {
    byte[] offer = read(outbox.resolve(processId + "_Aussonderung.Anbieteverzeichnis.0501.xml"));
    SCHEMA.validate(offer);
    return objects(new String(offer, StandardCharsets.UTF_8));
  }

  boolean hasOffer(String processId) {
    return Files.exists(outbox.resolve(processId + "_Aussonderung.Anbieteverzeichnis.0501.xml"));
  }

  /** The receipt of the evaluation (0505), valid by the schema. */
  void assertEvaluationReceipt(String processId) {
    SCHEMA.validate(
        read(outbox.resolve(processId + "_Aussonderung.BewertungEmpfangBestaetigen.0505.xml")));
  }

  /** The transfer package (0503): its entries; the message inside is valid by the schema. */
  Map<String, byte[]> transfer(String processId) {
    byte[] zip = read(outbox.resolve(processId + "_Aussonderung.Aussonderung.0503.zip"));
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] message = entries.get(processId + "_Aussonderung.Aussonderung.0503.xml");
    assertThat(message).as("0503 message in the package").isNotNull();
    SCHEMA.validate(message);
    return entries;
  }

  /** Case number to object id of the Vorgänge in the transfer package. */
  Map<String, String> transferred(String processId) {
    return objects(
        new String(
            transfer(processId).get(processId + "_Aussonderung.Aussonderung.0503.xml"),
            StandardCharsets.UTF_8));
  }

  /** Puts a message into the inbox. */
  void deliver(String fileName, byte[] content) {
    try {
      Files.createDirectories(inbox);
      Files.write(inbox.resolve(fileName), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The evaluation (0502) for the offered case numbers: case number to A or V. */
  byte[] evaluation(String processId, Map<String, String> decisions) {
    Map<String, String> ids = offer(processId);
    Map<String, String> byId = new LinkedHashMap<>();
    decisions.forEach((caseNumber, value) -> byId.put(ids.get(caseNumber), value));
    return XdomeaMessages.evaluation(processId, byId);
  }

  /** The import confirmation (0506) of every transferred Vorgang, with archive ids. */
  byte[] importConfirmation(String processId) {
    Map<String, String> archiveIds = new LinkedHashMap<>();
    transferred(processId)
        .forEach((caseNumber, id) -> archiveIds.put(id, "LAV NRW Best. 123 Nr. " + caseNumber));
    return XdomeaMessages.importConfirmation(processId, archiveIds);
  }

  boolean outboxContains(String marker) {
    try (Stream<Path> files = Files.walk(outbox)) {
      return files.filter(Files::isRegularFile).anyMatch(f -> contains(read(f), marker));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean contains(byte[] content, String marker) {
    return new String(content, StandardCharsets.ISO_8859_1)
        .contains(new String(marker.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
  }

  private static Map<String, String> objects(String xml) {
    Map<String, String> result = new LinkedHashMap<>();
    Matcher m = OBJECT.matcher(xml);
    while (m.find()) {
      result.put(m.group(2), m.group(1));
    }
    return result;
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
