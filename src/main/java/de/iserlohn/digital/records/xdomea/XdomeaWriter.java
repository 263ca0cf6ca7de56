package de.iserlohn.digital.records.xdomea;

import de.iserlohn.digital.platform.casefile.AuditView;
import de.iserlohn.digital.platform.casefile.DokumentView;
import de.iserlohn.digital.platform.casefile.DueVorgang;
import de.iserlohn.digital.platform.web.CityTime;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the platform's messages of the Aussonderung in xdomea 3.0.0: the offer (0501
 * Anbieteverzeichnis: metadata and archive-specific metadata, no documents), the transfer (0503
 * with the documents' metadata; the files travel beside it in the package) and the receipt of the
 * evaluation (0505).
 */
public final class XdomeaWriter {

  private final String sender;
  private final String archive;

  public XdomeaWriter(String sender, String archive) {
    this.sender = sender;
    this.archive = archive;
  }

  /** A Vorgang handed over, with its history and the files of its documents in the package. */
  public record Transfer(DueVorgang vorgang, List<AuditView> trail, List<TransferFile> files) {}

  /**
   * One document in the package.
   *
   * @param document the document's metadata
   * @param fileName the file's name in the package ({@code <uuid>_<name>})
   * @param mediaType the media type of the file in the package (a PDF/A rendition or the original)
   * @param formatVersion e.g. {@code PDF/A-2b}
   */
  public record TransferFile(
      DokumentView document, String fileName, String mediaType, String formatVersion) {}

  /** The offer (0501) of the Vorgänge an org unit offers. */
  public byte[] offer(String processId, Instant at, String unit, List<DueVorgang> offered) {
    return write(
        Xdomea.OFFER,
        x -> {
          kopf(x, processId, Xdomea.OFFER, at, unit);
          x.element("Empfangsbestaetigung", "true");
          x.end();
          for (DueVorgang v : offered) {
            x.start("Schriftgutobjekt");
            vorgang(x, v, unit, List.of(), List.of());
            x.end();
          }
        });
  }

  /** The transfer (0503) of the Vorgänge the archive takes. */
  public byte[] transfer(String processId, Instant at, String unit, List<Transfer> transfers) {
    return write(
        Xdomea.TRANSFER,
        x -> {
          kopf(x, processId, Xdomea.TRANSFER, at, unit);
          x.element("Importbestaetigung", "true");
          x.element("RueckmeldungArchivkennung", "true");
          x.element("Empfangsbestaetigung", "true");
          x.end();
          for (Transfer t : transfers) {
            x.start("Schriftgutobjekt");
            vorgang(x, t.vorgang(), unit, t.trail(), t.files());
            x.end();
          }
        });
  }

  /** The receipt of the archive's evaluation (0505). */
  public byte[] evaluationReceipt(String processId, Instant at, String unit) {
    return write(
        Xdomea.EVALUATION_RECEIVED,
        x -> {
          kopf(x, processId, Xdomea.EVALUATION_RECEIVED, at, unit);
          x.end();
        });
  }

  private void kopf(Xml x, String processId, String type, Instant at, String unit)
      throws XMLStreamException {
    x.start("Kopf");
    x.element("ProzessID", processId);
    x.code("Nachrichtentyp", Xdomea.LIST_MESSAGE_TYPE, "2.0", type);
    x.element("Erstellungszeitpunkt", dateTime(at));
    x.start("Absender");
    x.start("Institution");
    x.element("Name", sender);
    x.end();
    x.start("Organisationseinheit");
    x.element("Name", unit);
    x.end();
    x.end();
    x.start("Empfaenger");
    x.start("Institution");
    x.element("Name", archive);
    x.end();
    x.end();
  }

  private void vorgang(
      Xml x, DueVorgang v, String unit, List<AuditView> trail, List<TransferFile> files)
      throws XMLStreamException {
    x.start("Vorgang");
    x.start("Identifikation");
    x.element("ID", v.id().toString());
    x.end();
    x.start("AllgemeineMetadaten");
    x.element("Betreff", v.title());
    x.element("Kennzeichen", v.caseNumber());
    x.element("Federfuehrung", unit);
    x.code("Medium", Xdomea.LIST_MEDIUM, "1.0", Xdomea.MEDIUM_ELECTRONIC);
    x.start("Aktenplaneinheit");
    x.element("Kennzeichen", v.filePlanKey());
    x.element("Inhaltsangabe", v.filePlanTitle());
    x.end();
    x.end();
    x.start("ArchivspezifischeMetadaten");
    x.start("Aufbewahrungsdauer");
    x.element("AnzahlJahre", Integer.toString(v.retentionYears()));
    x.end();
    x.start("Aussonderungsart");
    x.code("Aussonderungsart", Xdomea.LIST_DISPOSAL, "1.0", v.archiveValue().name());
    x.end();
    if (v.retentionEnd() != null) {
      x.element("Aufbewahrungsende", v.retentionEnd().toString());
    }
    x.end();
    x.element("Typ", v.caseType());
    x.element("ZdA", "true");
    x.element("ZdADatum", date(v.closedAt()).toString());
    x.start("Laufzeit");
    x.element("Beginn", date(v.openedAt()).toString());
    x.element("Ende", date(v.closedAt()).toString());
    x.end();
    for (AuditView a : trail) {
      x.start("HistorienProtokollInformation");
      x.element("Akteur", a.actor());
      x.element("DatumUhrzeit", dateTime(a.at()));
      if (a.detail() != null) {
        x.element("Bemerkung", a.detail());
      }
      x.element("Aktion", a.action().name());
      x.end();
    }
    int number = 1;
    for (TransferFile f : files) {
      document(x, f, number++);
    }
    x.end();
  }

  private void document(Xml x, TransferFile f, int number) throws XMLStreamException {
    DokumentView d = f.document();
    x.start("Dokument");
    x.start("Identifikation");
    x.element("ID", d.id().toString());
    x.element("NummerImUebergeordnetenContainer", Integer.toString(number));
    x.end();
    x.start("AllgemeineMetadaten");
    x.element("Betreff", d.fileName());
    x.code("Medium", Xdomea.LIST_MEDIUM, "1.0", Xdomea.MEDIUM_ELECTRONIC);
    x.end();
    x.element("DatumDesSchreibens", date(d.createdAt()).toString());
    x.element("Typ", d.documentType());
    x.start("HistorienProtokollInformation");
    x.element("Akteur", d.createdBy());
    x.element("DatumUhrzeit", dateTime(d.createdAt()));
    x.element("Aktion", "Eingang über " + d.sourceChannel().name());
    x.end();
    x.start("Version");
    x.element("Nummer", "1");
    x.start("Format");
    x.code(
        "Name",
        Xdomea.LIST_FILE_FORMAT,
        "2.0",
        Xdomea.FILE_FORMATS.getOrDefault(f.mediaType(), Xdomea.FILE_FORMAT_OTHER));
    if (!Xdomea.FILE_FORMATS.containsKey(f.mediaType())) {
      x.element("SonstigerName", f.mediaType());
    }
    x.element("Version", f.formatVersion());
    x.start("Primaerdokument");
    x.element("Dateiname", f.fileName());
    x.element("DateinameOriginal", d.fileName());
    x.element("Ersteller", d.createdBy());
    x.element("DatumUhrzeit", dateTime(d.createdAt()));
    x.end();
    x.end();
    x.end();
    x.end();
  }

  private static String dateTime(Instant at) {
    return DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS));
  }

  private static LocalDate date(Instant at) {
    return CityTime.day(at);
  }

  private interface Body {
    void write(Xml x) throws XMLStreamException;
  }

  private static byte[] write(String type, Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.setPrefix("xdomea", Xdomea.NS);
      w.writeStartElement(Xdomea.NS, Xdomea.NAMES.get(type) + "." + type);
      w.writeNamespace("xdomea", Xdomea.NS);
      body.write(new Xml(w));
      w.writeEndElement();
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new XdomeaException("Cannot write xdomea message " + type, e);
    }
    return out.toByteArray();
  }

  private record Xml(XMLStreamWriter w) {
    void start(String name) throws XMLStreamException {
      w.writeStartElement(Xdomea.NS, name);
    }

    void end() throws XMLStreamException {
      w.writeEndElement();
    }

    void element(String name, String text) throws XMLStreamException {
      start(name);
      w.writeCharacters(text == null ? "" : text);
      end();
    }

    void code(String name, String list, String version, String code) throws XMLStreamException {
      start(name);
      w.writeAttribute("listURI", list);
      w.writeAttribute("listVersionID", version);
      w.writeStartElement("code");
      w.writeCharacters(code);
      w.writeEndElement();
      end();
    }
  }
}
