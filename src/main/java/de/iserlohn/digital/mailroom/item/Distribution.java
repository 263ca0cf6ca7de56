package de.iserlohn.digital.mailroom.item;

import static de.iserlohn.digital.mailroom.item.MailroomItemProcess.*;

import de.iserlohn.digital.invoice.ScannedInvoiceReceived;
import de.iserlohn.digital.mailroom.intake.MailroomItem;
import de.iserlohn.digital.mailroom.intake.MailroomItems;
import de.iserlohn.digital.mailroom.intake.MailroomProperties;
import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.casefile.DocumentStore;
import de.iserlohn.digital.platform.casefile.DokumentView;
import de.iserlohn.digital.platform.casefile.NewDokument;
import de.iserlohn.digital.platform.casefile.OpenVorgang;
import de.iserlohn.digital.platform.casefile.RetentionClass;
import de.iserlohn.digital.platform.casefile.SourceChannel;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.identity.OrgUnits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Distributes a classified item: into the referenced Vorgang (continuing a process that waits for
 * post for it), to the e-invoice module's manual capture, or into a new Vorgang of the receiving
 * unit; then records where it went and when its paper original may be destroyed, and closes the
 * mailroom's Vorgang of the item. Runs in the job's transaction: all or nothing.
 */
@Service
@Transactional(noRollbackFor = Distribution.InvalidAssignment.class)
public class Distribution {

  /** Where an item went. */
  public enum Target {
    /** Filed into the referenced Vorgang; a waiting process was continued. */
    PROZESS,
    /** Filed into the referenced Vorgang; nothing was waiting. */
    VORGANG,
    /** Handed to the e-invoice module's manual capture. */
    RECHNUNG,
    /** Filed into a new Vorgang of the receiving unit. */
    FACHBEREICH
  }

  /** The decision to carry out (the table's or the clerk's). */
  public record Assignment(
      String caseReference, String documentType, String orgUnit, boolean keepOriginal) {}

  /** Thrown when an assignment cannot be carried out; the clerk corrects it. */
  public static final class InvalidAssignment extends RuntimeException {
    InvalidAssignment(String message) {
      super(message);
    }
  }

  private final MailroomItems items;
  private final CaseFileManagement caseFile;
  private final DocumentStore store;
  private final RuntimeService runtime;
  private final ApplicationEventPublisher events;
  private final MailroomProperties properties;
  private final Clock clock;

  Distribution(
      MailroomItems items,
      CaseFileManagement caseFile,
      DocumentStore store,
      RuntimeService runtime,
      ApplicationEventPublisher events,
      MailroomProperties properties,
      Clock clock) {
    this.items = items;
    this.caseFile = caseFile;
    this.store = store;
    this.runtime = runtime;
    this.events = events;
    this.properties = properties;
    this.clock = clock;
  }

  public Target distribute(UUID itemId, Assignment assignment) {
    MailroomItem item =
        items.find(itemId).orElseThrow(() -> new IllegalStateException("No item " + itemId));
    String reference = blankToNull(assignment.caseReference());
    String documentType =
        blankToNull(assignment.documentType()) == null ? "SONSTIGES" : assignment.documentType();
    Target target;
    String targetCase;
    UUID targetDocument;
    if (reference != null) {
      if (!caseFile.exists(reference)) {
        throw new InvalidAssignment("Vorgang " + reference + " gibt es nicht.");
      }
      targetCase = reference;
      targetDocument = file(item, reference, documentType).id();
      target = correlate(reference, targetDocument) ? Target.PROZESS : Target.VORGANG;
    } else if (TYPE_INVOICE.equals(documentType)) {
      targetCase = item.caseNumber();
      targetDocument = item.documentId();
      events.publishEvent(
          new ScannedInvoiceReceived(item.caseNumber(), item.documentId(), items.text(itemId)));
      target = Target.RECHNUNG;
    } else {
      String unit = blankToNull(assignment.orgUnit());
      if (unit == null || !OrgUnits.CLERK_UNITS.contains(unit)) {
        throw new InvalidAssignment("Bitte eine empfangende Stelle oder ein Aktenzeichen angeben.");
      }
      targetCase =
          caseFile
              .open(
                  OpenVorgang.of(
                      "Posteingang: " + item.fileName(), CASE_TYPE, unit, RetentionClass.STANDARD),
                  CurrentUser.SYSTEM)
              .caseNumber();
      targetDocument = file(item, targetCase, documentType).id();
      target = Target.FACHBEREICH;
    }
    LocalDate received = LocalDate.ofInstant(item.receivedAt(), zone());
    items.recordDistribution(
        itemId,
        new MailroomItems.Classification(
            documentType, assignment.orgUnit(), item.confidence(), assignment.keepOriginal()),
        target.name(),
        targetCase,
        targetDocument,
        clock.instant(),
        assignment.keepOriginal() ? null : received.plusDays(properties.originalRetentionDays()));
    caseFile.close(
        item.caseNumber(), "verteilt (" + target.name() + "): " + targetCase, CurrentUser.SYSTEM);
    return target;
  }

  /**
   * Continues the process that waits for post for the case, if one does (contract: message {@link
   * MailroomItemProcess#MESSAGE_POST_RECEIVED}, business key = case number).
   */
  private boolean correlate(String caseNumber, UUID documentId) {
    long waiting =
        runtime
            .createExecutionQuery()
            .messageEventSubscriptionName(MESSAGE_POST_RECEIVED)
            .processInstanceBusinessKey(caseNumber)
            .count();
    if (waiting == 0) {
      return false;
    }
    runtime
        .createMessageCorrelation(MESSAGE_POST_RECEIVED)
        .processInstanceBusinessKey(caseNumber)
        .setVariable(MSG_VAR_DOCUMENT_ID, documentId.toString())
        .setVariable(MSG_VAR_CHANNEL, SourceChannel.SCAN.name())
        .correlateWithResult();
    return true;
  }

  private DokumentView file(MailroomItem item, String caseNumber, String documentType) {
    try (InputStream in = store.open(item.sha256())) {
      return caseFile.addDocument(
          caseNumber,
          NewDokument.of(item.fileName(), item.mediaType(), documentType, SourceChannel.SCAN),
          in,
          CurrentUser.SYSTEM);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ZoneId zone() {
    return clock.getZone();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
