package de.iserlohn.digital.mailroom.intake;

import de.iserlohn.digital.mailroom.intake.MailroomItems.Batch;
import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.casefile.DokumentView;
import de.iserlohn.digital.platform.casefile.NewDokument;
import de.iserlohn.digital.platform.casefile.OpenVorgang;
import de.iserlohn.digital.platform.casefile.OpenedVorgang;
import de.iserlohn.digital.platform.casefile.RetentionClass;
import de.iserlohn.digital.platform.casefile.SourceChannel;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.identity.OrgUnits;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records checked scans: per file the mailroom's Vorgang with the scan, the item with its SHA-256
 * and the start of its process, in the caller's transaction. The same content twice is one item
 * (idempotent by SHA-256).
 */
@Service
@Transactional
public class ScanIntake {

  /** Case type of the mailroom's Vorgang per item and of the Vorgänge it opens for units. */
  public static final String CASE_TYPE = "posteingang";

  /** Document type of the scan in the mailroom's own Vorgang. */
  public static final String SCAN_DOCUMENT_TYPE = "POSTEINGANG_SCAN";

  private final MailroomItems items;
  private final CaseFileManagement caseFile;
  private final ItemHandover handover;
  private final Clock clock;

  ScanIntake(MailroomItems items, CaseFileManagement caseFile, ItemHandover handover, Clock clock) {
    this.items = items;
    this.caseFile = caseFile;
    this.handover = handover;
    this.clock = clock;
  }

  /** A file that passed {@link ScanCheck}. */
  public record CheckedScan(String fileName, byte[] content, ScanCheck.Result check) {}

  /**
   * The item of a file.
   *
   * @param duplicate whether the same content was already recorded (nothing new was stored)
   */
  public record Recorded(MailroomItem item, boolean duplicate) {}

  /**
   * Records an upload: one batch with all its files, in one transaction (all or nothing).
   *
   * @param scans files that passed {@link ScanCheck}
   */
  public List<Recorded> receiveBatch(
      String source, String scanner, String operator, List<CheckedScan> scans, CurrentUser actor) {
    Batch batch = openBatch(source, scanner, operator);
    return scans.stream().map(scan -> record(batch, scan, actor)).toList();
  }

  /** Opens a batch (scanner, operator, time). */
  public Batch openBatch(String source, String scanner, String operator) {
    Batch batch = new Batch(UUID.randomUUID(), source, scanner, operator, clock.instant());
    items.insertBatch(batch);
    return batch;
  }

  /** Records one checked file of the batch and starts its process. */
  public Recorded record(Batch batch, CheckedScan scan, CurrentUser actor) {
    if (!scan.check().accepted()) {
      throw new IllegalArgumentException("Unchecked scan: " + scan.check().reason());
    }
    String sha256 = sha256(scan.content());
    Optional<MailroomItem> existing = items.findBySha256(sha256);
    if (existing.isPresent()) {
      return new Recorded(existing.get(), true);
    }
    String fileName = safeName(scan.fileName());
    OpenedVorgang opened =
        caseFile.openWithDocument(
            OpenVorgang.of(
                "Posteingang " + fileName, CASE_TYPE, OrgUnits.POSTSTELLE, RetentionClass.STANDARD),
            NewDokument.of(
                fileName, scan.check().mediaType(), SCAN_DOCUMENT_TYPE, SourceChannel.SCAN),
            new ByteArrayInputStream(scan.content()),
            actor);
    String caseNumber = opened.vorgang().caseNumber();
    DokumentView document = opened.document();
    MailroomItem item =
        MailroomItem.received(
            batch.id(),
            fileName,
            scan.check().mediaType(),
            scan.content().length,
            scan.check().pages(),
            sha256,
            caseNumber,
            document.id(),
            clock.instant());
    items.insert(item);
    handover.received(item);
    return new Recorded(item, false);
  }

  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The file name without any path, at most 200 characters; "scan" if there is none. */
  static String safeName(String name) {
    if (name == null || name.isBlank()) {
      return "scan";
    }
    String base = name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
    if (base.isEmpty()) {
      return "scan";
    }
    return base.length() > 200 ? base.substring(base.length() - 200) : base;
  }
}
