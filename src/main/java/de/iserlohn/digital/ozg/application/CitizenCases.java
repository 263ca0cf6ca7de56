package de.iserlohn.digital.ozg.application;

import de.iserlohn.digital.ozg.OzgMessages;
import de.iserlohn.digital.ozg.OzgProperties;
import de.iserlohn.digital.ozg.catalogue.CheckedUpload;
import de.iserlohn.digital.ozg.catalogue.FormField;
import de.iserlohn.digital.ozg.catalogue.FormValidator;
import de.iserlohn.digital.ozg.catalogue.Upload;
import de.iserlohn.digital.ozg.catalogue.UploadRule;
import de.iserlohn.digital.ozg.payment.Payment;
import de.iserlohn.digital.ozg.payment.Payments;
import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.casefile.DocumentDownload;
import de.iserlohn.digital.platform.casefile.DokumentView;
import de.iserlohn.digital.platform.casefile.NewDokument;
import de.iserlohn.digital.platform.casefile.SourceChannel;
import de.iserlohn.digital.platform.casefile.VorgangDetails;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.web.AttemptThrottle;
import de.iserlohn.digital.platform.web.Clients;
import de.iserlohn.digital.platform.web.NotFoundException;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a citizen does with their application: open it with case number and access code (or as its
 * signed-in owner), read status and documents, download a document, answer a request for missing
 * documents.
 */
@Service
@Transactional
public class CitizenCases {

  /** The pseudo field of replies, for the messages per field. */
  public static final String REPLY_FIELD = "files";

  private final ApplicationStore store;
  private final CaseFileManagement caseFile;
  private final Payments payments;
  private final RuntimeService runtime;
  private final OzgProperties properties;
  private final Clock clock;
  private final AttemptThrottle attempts;

  CitizenCases(
      ApplicationStore store,
      CaseFileManagement caseFile,
      Payments payments,
      RuntimeService runtime,
      OzgProperties properties,
      Clock clock) {
    this.store = store;
    this.caseFile = caseFile;
    this.payments = payments;
    this.runtime = runtime;
    this.properties = properties;
    this.clock = clock;
    this.attempts =
        new AttemptThrottle(
            clock,
            properties.maxFailedAttempts(),
            Duration.ofMinutes(properties.lockMinutes()),
            Duration.ofMinutes(properties.lockMinutes()));
  }

  /**
   * The application if the access code is right. A wrong code and an unknown case number answer the
   * same 404. Wrong codes are counted per client, not per case (ADR 0013): after too many a client
   * is refused for a while (429), whatever case it tries; the citizen with the right code at their
   * own device gets in all the same, and the count ends with the lock.
   */
  @Transactional(readOnly = true, noRollbackFor = NotFoundException.class)
  public ApplicationRecord open(String caseNumber, String accessCode) {
    String client = Clients.current();
    if (attempts.lockedFor(client).isPresent()) {
      throw new TooManyAttemptsException(properties.lockMinutes());
    }
    Optional<ApplicationRecord> application = store.find(caseNumber);
    if (application.isEmpty()
        || !AccessCodes.matches(caseNumber, accessCode, application.get().accessCodeHash())) {
      attempts.failed(client);
      throw notFound(caseNumber);
    }
    return application.get();
  }

  /** The application if the signed-in citizen owns it; 404 otherwise. */
  @Transactional(readOnly = true)
  public ApplicationRecord openOwn(String caseNumber, CurrentUser citizen) {
    return store
        .find(caseNumber)
        .filter(a -> citizen.userId().equals(a.ownerId()))
        .orElseThrow(() -> notFound(caseNumber));
  }

  /** The applications of a signed-in citizen, newest first. */
  @Transactional(readOnly = true)
  public List<ApplicationRecord> own(CurrentUser citizen) {
    return store.ofOwner(citizen.userId());
  }

  public ApplicationView view(ApplicationRecord application) {
    VorgangDetails vorgang =
        caseFile.read(application.caseNumber(), Applications.citizen(application));
    List<ApplicationView.Document> documents = new ArrayList<>();
    for (DokumentView d : vorgang.documents()) {
      documents.add(
          new ApplicationView.Document(
              d.id(), d.fileName(), d.mediaType(), d.documentType(), d.createdAt()));
    }
    ApplicationView.OpenRequest request =
        store
            .openRequestOf(application.caseNumber())
            .map(r -> new ApplicationView.OpenRequest(r.text(), r.dueAt()))
            .orElse(null);
    ApplicationView.OpenPayment payment =
        payments
            .latestOf(application.caseNumber())
            .filter(p -> Payment.OPEN.equals(p.status()))
            .map(
                p ->
                    new ApplicationView.OpenPayment(
                        p.reference(), p.amount(), p.dueAt(), p.payUrl()))
            .orElse(null);
    ApplicationRecord current = store.find(application.caseNumber()).orElseThrow();
    return new ApplicationView(
        current.caseNumber(),
        current.serviceId(),
        current.title(),
        current.status(),
        current.status().label(),
        current.createdAt(),
        store.history(current.caseNumber()),
        documents,
        request,
        payment);
  }

  /** Opens one of the case's documents for download (audited as the citizen). */
  public DocumentDownload download(ApplicationRecord application, UUID documentId) {
    return caseFile.download(
        application.caseNumber(), documentId, Applications.citizen(application));
  }

  /**
   * Files the citizen's reply into the Vorgang and lets the waiting process continue ({@link
   * OzgMessages#POST_RECEIVED}, channel {@code PORTAL}).
   *
   * @throws NoOpenRequestException when no documents are requested
   */
  public void reply(ApplicationRecord application, List<Upload> files) {
    String caseNumber = application.caseNumber();
    if (store.openRequestOf(caseNumber).isEmpty()) {
      throw new NoOpenRequestException();
    }
    OzgProperties.Reply rule = properties.reply();
    FormField field =
        new FormField(
            REPLY_FIELD,
            "filepicker",
            "Unterlagen",
            null,
            true,
            null,
            null,
            null,
            null,
            null,
            null,
            0,
            false,
            List.of(),
            new UploadRule(rule.mediaTypes(), rule.maxFiles(), rule.maxSizeMb() * 1024L * 1024L));
    List<CheckedUpload> accepted = FormValidator.checkFiles(field, files);
    UUID first = null;
    for (CheckedUpload file : accepted) {
      DokumentView filed =
          caseFile.addDocument(
              caseNumber,
              NewDokument.of(
                  file.upload().fileName(), file.mediaType(), "NACHREICHUNG", SourceChannel.PORTAL),
              new ByteArrayInputStream(file.upload().content()),
              Applications.citizen(application));
      if (first == null) {
        first = filed.id();
      }
    }
    runtime
        .createMessageCorrelation(OzgMessages.POST_RECEIVED)
        .processInstanceBusinessKey(caseNumber)
        .setVariable(OzgMessages.VAR_DOCUMENT_ID, String.valueOf(first))
        .setVariable(OzgMessages.VAR_CHANNEL, SourceChannel.PORTAL.name())
        .correlate();
  }

  private static NotFoundException notFound(String caseNumber) {
    return NotFoundException.of("Antrag", caseNumber);
  }
}
