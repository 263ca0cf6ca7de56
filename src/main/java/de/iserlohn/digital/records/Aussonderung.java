package de.iserlohn.digital.records;

import de.iserlohn.digital.platform.casefile.CaseFileDisposal;
import de.iserlohn.digital.platform.casefile.Disposition;
import de.iserlohn.digital.platform.casefile.DokumentView;
import de.iserlohn.digital.platform.casefile.DueVorgang;
import de.iserlohn.digital.platform.casefile.FilePlan;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.web.CityTime;
import de.iserlohn.digital.records.Disposals.Item;
import de.iserlohn.digital.records.Disposals.State;
import de.iserlohn.digital.records.xdomea.InboundMessage;
import de.iserlohn.digital.records.xdomea.Xdomea;
import de.iserlohn.digital.records.xdomea.XdomeaException;
import de.iserlohn.digital.records.xdomea.XdomeaWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of an Aussonderung, one method per task of {@code records-disposal.bpmn}. Every step
 * checks all of its input before it changes anything: a refused message or entry changes nothing
 * (so the refusal does not roll back the engine's transaction, which goes on to the refusal's
 * task).
 */
@Service
@Transactional(noRollbackFor = XdomeaException.class)
class Aussonderung {

  private final CaseFileDisposal caseFile;
  private final FilePlan filePlan;
  private final Disposals disposals;
  private final ArchiveMessages messages;
  private final ArchiveDropFolder folder;
  private final ArchiveInbox inbox;
  private final Clock clock;

  Aussonderung(
      CaseFileDisposal caseFile,
      FilePlan filePlan,
      Disposals disposals,
      ArchiveMessages messages,
      ArchiveDropFolder folder,
      ArchiveInbox inbox,
      Clock clock) {
    this.caseFile = caseFile;
    this.filePlan = filePlan;
    this.disposals = disposals;
    this.messages = messages;
    this.folder = folder;
    this.inbox = inbox;
    this.clock = clock;
  }

  /** The result of collecting: the xdomea process id, the number and list of due Vorgänge. */
  record Collected(String processId, int count, String list) {}

  /** "Fällige Vorgänge ermitteln". */
  Collected collect(String orgUnit) {
    String processId = UUID.randomUUID().toString();
    Set<String> pending = disposals.pending();
    List<DueVorgang> due =
        caseFile.due(orgUnit, CityTime.today(clock)).stream()
            .filter(v -> !pending.contains(v.caseNumber()))
            .toList();
    disposals.create(processId, orgUnit, clock.instant(), due);
    String list =
        due.stream()
            .map(
                v ->
                    "%s · Aktenplan %s · %s · aufzubewahren bis %s"
                        .formatted(
                            v.caseNumber(),
                            v.filePlanKey(),
                            v.archiveValue().name() + " (" + v.archiveValue().label() + ")",
                            v.retentionEnd().format(CityTime.DATE)))
            .collect(Collectors.joining("\n"));
    return new Collected(processId, due.size(), list);
  }

  /**
   * "Liste übernehmen": the records officer's hold-backs, one per line {@code <case number>:
   * <reason>}. Returns the number of Vorgänge to offer.
   *
   * @throws XdomeaException (German message) when a line names no Vorgang of the list or no reason
   */
  int confirm(String processId, String holdBack, CurrentUser officer) {
    Map<String, Item> items = byCaseNumber(disposals.items(processId));
    Map<String, String> holds = new LinkedHashMap<>();
    List<String> errors = new ArrayList<>();
    int line = 0;
    for (String raw : holdBack == null ? new String[0] : holdBack.split("\\R")) {
      line++;
      if (raw.isBlank()) {
        continue;
      }
      int colon = raw.indexOf(':');
      String caseNumber = (colon < 0 ? raw : raw.substring(0, colon)).strip();
      String reason = colon < 0 ? "" : raw.substring(colon + 1).strip();
      if (!items.containsKey(caseNumber)) {
        errors.add("Zeile %d: %s steht nicht auf der Liste.".formatted(line, caseNumber));
      } else if (reason.isEmpty()) {
        errors.add("Zeile %d: Bitte einen Grund für %s angeben.".formatted(line, caseNumber));
      } else {
        holds.put(caseNumber, reason);
      }
    }
    if (!errors.isEmpty()) {
      throw new XdomeaException(String.join(" ", errors));
    }
    holds.forEach(
        (caseNumber, reason) -> {
          disposals.hold(processId, caseNumber, reason);
          caseFile.hold(caseNumber, reason, officer);
        });
    return disposals.items(processId, State.OFFER).size();
  }

  /** "Anbietung an das Archiv senden" (0501). */
  void offer(String processId) {
    List<DueVorgang> offered =
        disposals.items(processId, State.OFFER).stream()
            .map(i -> caseFile.describe(i.caseNumber()))
            .toList();
    byte[] message = messages.writer().offer(processId, clock.instant(), unit(processId), offered);
    folder.send(Xdomea.fileName(processId, Xdomea.OFFER, "xml"), message);
  }

  /**
   * "Bewertung übernehmen": applies the archive's evaluation (0502) and confirms its receipt
   * (0505). Returns the number of Vorgänge to transfer.
   *
   * @throws XdomeaException when the message is malformed, foreign, or does not evaluate exactly
   *     the offered Vorgänge with A or V
   */
  int applyEvaluation(String processId, String inboxMessage) {
    InboundMessage message = messages.read(inbox.content(inboxMessage));
    expect(message, processId, Xdomea.EVALUATION);
    Map<String, Item> offered = byObjectId(disposals.items(processId, State.OFFER));
    Map<String, String> decisions = new LinkedHashMap<>();
    for (InboundMessage.Evaluation e : message.evaluations()) {
      if (!offered.containsKey(e.objectId())) {
        throw new XdomeaException(
            "Die Bewertung nennt ein Objekt, das nicht angeboten wurde: " + e.objectId() + ".");
      }
      if (!Set.of("A", "V").contains(e.value())) {
        throw new XdomeaException(
            "Die Bewertung von %s ist %s, erwartet: A oder V."
                .formatted(offered.get(e.objectId()).caseNumber(), e.value()));
      }
      decisions.put(e.objectId(), e.value());
    }
    List<String> missing =
        offered.values().stream()
            .filter(i -> !decisions.containsKey(i.objectId()))
            .map(Item::caseNumber)
            .toList();
    if (!missing.isEmpty()) {
      throw new XdomeaException("Die Bewertung fehlt für " + String.join(", ", missing) + ".");
    }
    decisions.forEach(
        (id, value) ->
            disposals.set(
                processId,
                offered.get(id).caseNumber(),
                "A".equals(value) ? State.TRANSFER : State.DESTROY));
    folder.send(
        Xdomea.fileName(processId, Xdomea.EVALUATION_RECEIVED, "xml"),
        messages.writer().evaluationReceipt(processId, clock.instant(), unit(processId)));
    return disposals.items(processId, State.TRANSFER).size();
  }

  /**
   * "Bewertung von Hand erfassen": the Vorgänge the archive takes, one case number per line; the
   * other offered ones are destroyed. Returns the number to transfer.
   */
  int applyManualEvaluation(String processId, String takenCaseNumbers) {
    Map<String, Item> offered = byCaseNumber(disposals.items(processId, State.OFFER));
    List<String> taken = new ArrayList<>();
    for (String raw :
        takenCaseNumbers == null ? new String[0] : takenCaseNumbers.split("[\\s,;]+")) {
      if (raw.isBlank()) {
        continue;
      }
      if (!offered.containsKey(raw.strip())) {
        throw new XdomeaException(raw.strip() + " wurde nicht angeboten.");
      }
      taken.add(raw.strip());
    }
    for (Item i : offered.values()) {
      disposals.set(
          processId,
          i.caseNumber(),
          taken.contains(i.caseNumber()) ? State.TRANSFER : State.DESTROY);
    }
    return taken.size();
  }

  /** "Vorgänge an das Archiv übergeben" (0503 package). */
  void transfer(String processId) {
    List<Item> items = disposals.items(processId, State.TRANSFER);
    List<XdomeaWriter.Transfer> transfers = new ArrayList<>();
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      for (Item item : items) {
        DueVorgang v = caseFile.describe(item.caseNumber());
        List<XdomeaWriter.TransferFile> files = new ArrayList<>();
        for (DokumentView d : caseFile.documents(item.caseNumber())) {
          ArchivalRendition.File file = ArchivalRendition.of(d, bytes(d));
          out.putNextEntry(new ZipEntry(file.fileName()));
          out.write(file.content());
          out.closeEntry();
          files.add(
              new XdomeaWriter.TransferFile(
                  d, file.fileName(), file.mediaType(), file.formatVersion()));
        }
        transfers.add(new XdomeaWriter.Transfer(v, caseFile.auditTrail(item.caseNumber()), files));
      }
      byte[] message =
          messages.writer().transfer(processId, clock.instant(), unit(processId), transfers);
      out.putNextEntry(new ZipEntry(Xdomea.fileName(processId, Xdomea.TRANSFER, "xml")));
      out.write(message);
      out.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot pack the transfer " + processId, e);
    }
    folder.send(Xdomea.fileName(processId, Xdomea.TRANSFER, "zip"), zip.toByteArray());
    items.forEach(i -> disposals.set(processId, i.caseNumber(), State.TRANSFERRED));
  }

  /**
   * "Übernahme verbuchen": applies the archive's import confirmation (0506).
   *
   * @throws XdomeaException when it is malformed, foreign, or does not confirm every transferred
   *     Vorgang as imported
   */
  void applyImportConfirmation(String processId, String inboxMessage) {
    InboundMessage message = messages.read(inbox.content(inboxMessage));
    expect(message, processId, Xdomea.IMPORT_CONFIRMED);
    Map<String, Item> transferred = byObjectId(disposals.items(processId, State.TRANSFERRED));
    Map<String, String> archiveIds = new LinkedHashMap<>();
    for (InboundMessage.ImportResult r : message.importResults()) {
      Item item = transferred.get(r.objectId());
      if (item == null) {
        throw new XdomeaException(
            "Die Importbestätigung nennt ein Objekt, das nicht übergeben wurde: "
                + r.objectId()
                + ".");
      }
      if (!r.success()) {
        throw new XdomeaException(
            "Das Archiv meldet %s als nicht übernommen: %s"
                .formatted(item.caseNumber(), String.join("; ", r.errors())));
      }
      archiveIds.put(item.caseNumber(), r.archiveId() == null ? "" : r.archiveId());
    }
    List<String> missing =
        transferred.values().stream()
            .map(Item::caseNumber)
            .filter(c -> !archiveIds.containsKey(c))
            .toList();
    if (!missing.isEmpty()) {
      throw new XdomeaException(
          "Die Importbestätigung fehlt für " + String.join(", ", missing) + ".");
    }
    archiveIds.forEach((caseNumber, id) -> disposals.archived(processId, caseNumber, id));
  }

  /** "Vorgänge löschen": archived and destroyed Vorgänge leave the case file; held ones stay. */
  int dispose(String processId) {
    String today = CityTime.today(clock).format(CityTime.DATE);
    int count = 0;
    for (Item item : disposals.items(processId)) {
      if (item.state() == State.ARCHIVED) {
        caseFile.dispose(
            item.caseNumber(),
            Disposition.ARCHIVED,
            "an das Archiv übergeben am %s (Quittung %s, Archivkennung %s)"
                .formatted(today, processId, item.archiveId()));
      } else if (item.state() == State.DESTROY) {
        caseFile.dispose(
            item.caseNumber(),
            Disposition.DESTROYED,
            "vernichtet am %s auf Grund %s (Aussonderung %s)"
                .formatted(
                    today,
                    item.archiveValue().offered()
                        ? "der Bewertung des Archivs (nicht archivwürdig)"
                        : "des Archivwerts V der Aufbewahrungsregel",
                    processId));
      } else {
        continue;
      }
      disposals.set(processId, item.caseNumber(), State.DONE);
      count++;
    }
    return count;
  }

  /** "Prozessdaten löschen": the engine history of the disposed Vorgänge' processes. */
  void purgeProcessHistory(String processId) {
    disposals
        .items(processId, State.DONE)
        .forEach(i -> caseFile.purgeProcessHistory(i.caseNumber()));
  }

  private String unit(String processId) {
    return filePlan.unitLabel(disposals.orgUnit(processId));
  }

  private byte[] bytes(DokumentView d) {
    try (InputStream in = caseFile.content(d)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Document content missing: " + d.sha256(), e);
    }
  }

  private static void expect(InboundMessage message, String processId, String type) {
    if (!type.equals(message.type())) {
      throw new XdomeaException(
          "Erwartet war die Nachricht %s, eingegangen ist %s.".formatted(type, message.type()));
    }
    if (!processId.equalsIgnoreCase(message.processId())) {
      throw new XdomeaException(
          "Die Nachricht gehört zu einer anderen Aussonderung (" + message.processId() + ").");
    }
  }

  private static Map<String, Item> byCaseNumber(List<Item> items) {
    return items.stream()
        .collect(
            Collectors.toMap(
                Item::caseNumber, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }

  private static Map<String, Item> byObjectId(List<Item> items) {
    return items.stream()
        .collect(
            Collectors.toMap(Item::objectId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }
}
