package de.iserlohn.digital.platform.casefile;

import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.web.CityTime;
import de.iserlohn.digital.platform.web.InvalidInputException;
import de.iserlohn.digital.platform.web.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case file (E-Akte): opens Vorgänge, files documents, answers reads and downloads with the
 * access rules of {@link CaseAccess}, and writes the audit log for every read, change and download.
 */
@Service
@Transactional
public class CaseFileManagement {

  static final String DEFAULT_CASE_PREFIX = "VG";

  /** Longest note (Aktenvermerk), in characters. */
  public static final int MAX_NOTE = 20_000;

  private final VorgangRepository vorgaenge;
  private final DokumentRepository dokumente;
  private final AuditEntryRepository auditEntries;
  private final AkteDirectory akten;
  private final CaseNumbers caseNumbers;
  private final FilePlan filePlan;
  private final RetentionRules retentionRules;
  private final DocumentStore store;
  private final AuditLog audit;
  private final CaseRecords records;
  private final HistoryService history;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CaseFileManagement(
      VorgangRepository vorgaenge,
      DokumentRepository dokumente,
      AuditEntryRepository auditEntries,
      AkteDirectory akten,
      CaseNumbers caseNumbers,
      FilePlan filePlan,
      RetentionRules retentionRules,
      DocumentStore store,
      AuditLog audit,
      CaseRecords records,
      HistoryService history,
      ApplicationEventPublisher events,
      Clock clock) {
    this.vorgaenge = vorgaenge;
    this.dokumente = dokumente;
    this.auditEntries = auditEntries;
    this.akten = akten;
    this.caseNumbers = caseNumbers;
    this.filePlan = filePlan;
    this.retentionRules = retentionRules;
    this.store = store;
    this.audit = audit;
    this.records = records;
    this.history = history;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Opens a Vorgang. Opening with the case number of an existing Vorgang returns that one, so a
   * retried step does not open a second case.
   */
  public VorgangRef open(OpenVorgang command, CurrentUser actor) {
    return ref(openOrFind(command, actor));
  }

  /**
   * Opens a new Vorgang and files its first document: what {@link #open} and {@link #addDocument}
   * do, without looking for an existing Vorgang of the case number, without reading the new Vorgang
   * back and without looking for the same content in it. For callers whose case number is new by
   * construction (none: the next number; or one from the caller's own sequence). A case number that
   * is taken fails on its unique key ({@code DataIntegrityViolationException}) and rolls back the
   * caller's transaction; a step that may run twice uses open + addDocument.
   */
  public OpenedVorgang openWithDocument(
      OpenVorgang command, NewDokument meta, InputStream content, CurrentUser actor) {
    Vorgang vorgang = create(command, actor);
    return new OpenedVorgang(ref(vorgang), file(vorgang, true, meta, content, actor));
  }

  /**
   * Reserves the next case number ({@code VG-<year>-<000123>}) for a new Vorgang whose first
   * document carries the number in its name ({@link #openWithDocument} with this number).
   */
  public String nextCaseNumber() {
    return freeCaseNumber();
  }

  /**
   * Whether a process started by this user may work on the Vorgang of this case number: it exists
   * and the user may see it (ADR 0011). No audit entry: nothing of the Vorgang is read.
   */
  @Transactional(readOnly = true)
  public boolean isVisibleTo(String caseNumber, CurrentUser user) {
    return vorgaenge
        .findByCaseNumber(caseNumber)
        .filter(v -> CaseAccess.canRead(user, v))
        .isPresent();
  }

  /**
   * The next number of the sequence that no Vorgang carries: a number taken by other means (an
   * import, a number set by hand) is skipped instead of failing a citizen's submission on the
   * unique key.
   */
  private String freeCaseNumber() {
    String number = caseNumbers.next(DEFAULT_CASE_PREFIX);
    while (vorgaenge.findByCaseNumber(number).isPresent()) {
      number = caseNumbers.next(DEFAULT_CASE_PREFIX);
    }
    return number;
  }

  private Vorgang openOrFind(OpenVorgang command, CurrentUser actor) {
    if (command.caseNumber() != null) {
      Optional<Vorgang> existing = vorgaenge.findByCaseNumber(command.caseNumber());
      if (existing.isPresent()) {
        return existing.get();
      }
    }
    return create(command, actor);
  }

  private Vorgang create(OpenVorgang command, CurrentUser actor) {
    String aktenzeichen = command.aktenzeichen();
    String akteTitle = aktenzeichen;
    if (aktenzeichen == null) {
      int year = Year.now(clock).getValue();
      aktenzeichen = "%s/%s/%d".formatted(command.orgUnit(), command.caseType(), year);
      akteTitle = "Vorgänge %s %d".formatted(command.caseType(), year);
    }
    String filePlanKey = filePlan.subjectFor(command.caseType(), command.orgUnit()).key();
    Akte akte = akten.findOrCreate(aktenzeichen, akteTitle, command, actor.userId());
    String caseNumber = command.caseNumber() != null ? command.caseNumber() : freeCaseNumber();
    Vorgang vorgang =
        vorgaenge.save(
            new Vorgang(caseNumber, akte, command, filePlanKey, clock.instant(), actor.userId()));
    audit.record(actor.userId(), AuditAction.CREATED, vorgang.id(), null, command.title());
    events.publishEvent(new VorgangOpened(caseNumber, command.caseType(), command.orgUnit()));
    return vorgang;
  }

  /** Whether a Vorgang with this case number exists (no audit: no content is read). */
  @Transactional(readOnly = true)
  public boolean exists(String caseNumber) {
    return vorgaenge.findByCaseNumber(caseNumber).isPresent();
  }

  /**
   * Files a document into a Vorgang. The same content filed twice into one Vorgang is one document;
   * the same content in different Vorgänge is stored once in the document store.
   */
  public DokumentView addDocument(
      String caseNumber, NewDokument meta, InputStream content, CurrentUser actor) {
    return file(load(caseNumber), false, meta, content, actor);
  }

  private DokumentView file(
      Vorgang vorgang,
      boolean newVorgang,
      NewDokument meta,
      InputStream content,
      CurrentUser actor) {
    DocumentStore.StoredContent stored;
    try {
      stored = store.put(content);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot store document for " + vorgang.caseNumber(), e);
    }
    if (!newVorgang) {
      Optional<Dokument> same =
          dokumente.findByVorgangIdAndContentHash(vorgang.id(), stored.sha256());
      if (same.isPresent()) {
        return same.get().view();
      }
    }
    Dokument dokument =
        dokumente.save(new Dokument(vorgang, meta, stored, clock.instant(), actor.userId()));
    indexIfText(meta.mediaType(), stored);
    audit.record(
        actor.userId(),
        AuditAction.DOCUMENT_ADDED,
        vorgang.id(),
        dokument.id(),
        meta.documentType() + ": " + meta.fileName());
    return dokument.view();
  }

  /** Reads a Vorgang with what the user may see of it; the read is audited. */
  public VorgangDetails read(String caseNumber, CurrentUser user) {
    Vorgang vorgang = loadVisible(caseNumber, user);
    boolean shared = records.isSharedWith(vorgang.id(), user.userId());
    audit.record(user.userId(), AuditAction.READ, vorgang.id(), null, null);
    List<DokumentView> documents =
        dokumente.findByVorgangIdOrderByCreatedAt(vorgang.id()).stream()
            .filter(d -> CaseAccess.canRead(user, vorgang, d, shared))
            .map(Dokument::view)
            .toList();
    List<AuditView> trail =
        auditEntries.findByVorgangIdOrderByOccurredAtAscIdAsc(vorgang.id()).stream()
            .map(AuditEntry::view)
            .toList();
    Akte akte = vorgang.akte();
    return new VorgangDetails(
        vorgang.caseNumber(),
        vorgang.title(),
        vorgang.caseType(),
        vorgang.orgUnit(),
        vorgang.status(),
        vorgang.retentionClass(),
        akte.aktenzeichen(),
        akte.title(),
        vorgang.filePlanKey(),
        vorgang.createdAt(),
        vorgang.createdBy(),
        vorgang.closedAt(),
        documents,
        processesOf(caseNumber),
        trail,
        vorgang.partyName(),
        records.notes(vorgang.id()),
        records.sharedWith(vorgang.id()),
        CaseAccess.canWork(user, vorgang, shared));
  }

  /** Lists the Vorgänge the user may see, newest first. */
  @Transactional(readOnly = true)
  public Page<VorgangSummary> list(CurrentUser user, Pageable page) {
    Page<Vorgang> result =
        user.isAdmin()
            ? vorgaenge.findAllByOrderByCreatedAtDesc(page)
            : vorgaenge.findVisible(user.groups(), user.userId(), page);
    return result.map(
        v ->
            new VorgangSummary(
                v.caseNumber(),
                v.title(),
                v.caseType(),
                v.orgUnit(),
                v.filePlanKey(),
                v.status(),
                v.createdAt(),
                v.partyName(),
                v.akte().aktenzeichen()));
  }

  /** Opens a document for download; the download is audited. */
  public DocumentDownload download(String caseNumber, UUID documentId, CurrentUser user) {
    Vorgang vorgang = loadVisible(caseNumber, user);
    Dokument dokument =
        dokumente
            .findByIdAndVorgangId(documentId, vorgang.id())
            .orElseThrow(() -> NotFoundException.of("Dokument", documentId));
    if (!CaseAccess.canRead(
        user, vorgang, dokument, records.isSharedWith(vorgang.id(), user.userId()))) {
      audit.recordDenied(user.userId(), vorgang.id(), dokument.id(), "download");
      throw NotFoundException.of("Dokument", documentId);
    }
    audit.record(user.userId(), AuditAction.DOWNLOADED, vorgang.id(), dokument.id(), null);
    try {
      return new DocumentDownload(dokument.view(), store.open(dokument.contentHash()));
    } catch (IOException e) {
      throw new UncheckedIOException("Document content missing: " + dokument.contentHash(), e);
    }
  }

  /** Records a change to a Vorgang made by a process or a clerk (e.g. a decision). */
  public void recordChange(String caseNumber, CurrentUser actor, String what) {
    Vorgang vorgang = load(caseNumber);
    audit.record(actor.userId(), AuditAction.CHANGED, vorgang.id(), null, what);
  }

  /**
   * Closes a Vorgang with its outcome and sets its retention end by the rule of its file-plan key
   * and case type ({@link RetentionRules}). Closing a closed Vorgang changes nothing.
   */
  public void close(String caseNumber, String outcome, CurrentUser actor) {
    Vorgang vorgang = load(caseNumber);
    if (vorgang.close(clock.instant())) {
      RetentionRule rule =
          retentionRules.ruleFor(
              vorgang.filePlanKey(), vorgang.caseType(), vorgang.retentionClass());
      vorgang.applyRetention(
          rule.retentionEnd(CityTime.day(vorgang.closedAt())), rule.archiveValue());
      audit.record(actor.userId(), AuditAction.CLOSED, vorgang.id(), null, outcome);
      events.publishEvent(
          new VorgangClosed(caseNumber, vorgang.caseType(), vorgang.orgUnit(), outcome));
    }
  }

  private Vorgang load(String caseNumber) {
    return vorgaenge
        .findByCaseNumber(caseNumber)
        .orElseThrow(() -> NotFoundException.of("Vorgang", caseNumber));
  }

  private Vorgang loadVisible(String caseNumber, CurrentUser user) {
    Vorgang vorgang = load(caseNumber);
    if (!CaseAccess.canRead(user, vorgang)
        && !CaseAccess.canRead(user, vorgang, records.isSharedWith(vorgang.id(), user.userId()))) {
      audit.recordDenied(user.userId(), vorgang.id(), null, "read");
      throw NotFoundException.of("Vorgang", caseNumber);
    }
    return vorgang;
  }

  /**
   * The Vorgang for work by this user (notes, uploads, closing, resubmissions, processes): of their
   * unit, shared with them, or any for administrators; anything else is not found (and audited).
   */
  private Vorgang loadWorkable(String caseNumber, CurrentUser user) {
    Vorgang vorgang = load(caseNumber);
    if (!CaseAccess.canWork(user, vorgang, records.isSharedWith(vorgang.id(), user.userId()))) {
      audit.recordDenied(user.userId(), vorgang.id(), null, "work");
      throw NotFoundException.of("Vorgang", caseNumber);
    }
    return vorgang;
  }

  /**
   * Checks that the user may work on the Vorgang (else 404 as if it did not exist, audited) and
   * answers what a process started on it needs. Processes a user starts on a Vorgang go through
   * this check, never through a business key the user chose.
   */
  public WorkableVorgang requireWorkable(String caseNumber, CurrentUser user) {
    Vorgang vorgang = loadWorkable(caseNumber, user);
    return new WorkableVorgang(
        vorgang.caseNumber(),
        vorgang.title(),
        vorgang.caseType(),
        vorgang.orgUnit(),
        vorgang.status());
  }

  /** Whether the user may read the Vorgang (no audit: callers show only what a read shows). */
  @Transactional(readOnly = true)
  public boolean canRead(String caseNumber, CurrentUser user) {
    Optional<Vorgang> vorgang = vorgaenge.findByCaseNumber(caseNumber);
    return vorgang.isPresent()
        && CaseAccess.canRead(
            user, vorgang.get(), records.isSharedWith(vorgang.get().id(), user.userId()));
  }

  /** Adds a note (Aktenvermerk) to a Vorgang the user may work on. */
  public NoteView addNote(String caseNumber, String text, CurrentUser user) {
    String note = text == null ? "" : text.strip();
    if (note.isEmpty()) {
      throw InvalidInputException.of("text", "Bitte einen Vermerk eingeben.");
    }
    if (note.length() > MAX_NOTE) {
      throw InvalidInputException.of("text", "Höchstens " + MAX_NOTE + " Zeichen.");
    }
    Vorgang vorgang = loadWorkable(caseNumber, user);
    records.addNote(vorgang.id(), note, clock.instant(), user.userId());
    audit.record(user.userId(), AuditAction.NOTE_ADDED, vorgang.id(), null, abbreviate(note));
    return records.notes(vorgang.id()).get(records.notes(vorgang.id()).size() - 1);
  }

  /** Files a document a clerk uploaded (its content checked by the caller) into the Vorgang. */
  public DokumentView addDocumentByClerk(
      String caseNumber, NewDokument meta, InputStream content, CurrentUser user) {
    Vorgang vorgang = loadWorkable(caseNumber, user);
    return file(vorgang, false, meta, content, user);
  }

  /** Closes a Vorgang by a clerk, with the reason; closing a closed one is refused. */
  public void closeWithReason(String caseNumber, String reason, CurrentUser user) {
    String why = requireReason(reason);
    Vorgang vorgang = loadWorkable(caseNumber, user);
    if (!vorgang.close(clock.instant())) {
      throw InvalidInputException.of("reason", "Der Vorgang ist bereits abgeschlossen.");
    }
    audit.record(user.userId(), AuditAction.CLOSED, vorgang.id(), null, why);
    events.publishEvent(new VorgangClosed(caseNumber, vorgang.caseType(), vorgang.orgUnit(), why));
  }

  /** Opens a closed Vorgang again, with the reason. */
  public void reopen(String caseNumber, String reason, CurrentUser user) {
    String why = requireReason(reason);
    Vorgang vorgang = loadWorkable(caseNumber, user);
    if (!vorgang.reopen()) {
      throw InvalidInputException.of("reason", "Der Vorgang ist nicht abgeschlossen.");
    }
    audit.record(user.userId(), AuditAction.REOPENED, vorgang.id(), null, why);
  }

  /**
   * Shares a Vorgang with a single user (e.g. a colleague of another unit). Personnel records are
   * never shared.
   */
  public void share(String caseNumber, String userId, CurrentUser user) {
    String grantee = userId == null ? "" : userId.strip();
    if (grantee.isEmpty() || grantee.length() > 128) {
      throw InvalidInputException.of("userId", "Bitte eine Benutzerkennung angeben.");
    }
    Vorgang vorgang = loadWorkable(caseNumber, user);
    if (!CaseAccess.mayBeShared(vorgang)) {
      throw InvalidInputException.of(
          "userId", "Personalakten werden nur von der Personalabteilung geführt.");
    }
    if (records.share(vorgang.id(), grantee, clock.instant(), user.userId())) {
      audit.record(user.userId(), AuditAction.SHARED, vorgang.id(), null, grantee);
    }
  }

  /** Records in the audit trail that the user started a process on the Vorgang. */
  public void recordProcessStart(String caseNumber, String processName, CurrentUser user) {
    Vorgang vorgang = load(caseNumber);
    audit.record(user.userId(), AuditAction.PROCESS_STARTED, vorgang.id(), null, processName);
  }

  /**
   * Keeps the text recognised in a content (e.g. the mailroom's OCR) for the full-text search of
   * every Vorgang that holds a document with this content.
   */
  public void indexText(String sha256, String text) {
    records.indexText(sha256, text);
  }

  private void indexIfText(String mediaType, DocumentStore.StoredContent stored) {
    if (mediaType == null || stored.size() > 4L * CaseRecords.MAX_TEXT) {
      return;
    }
    boolean json = mediaType.startsWith("application/json");
    if (!json && !mediaType.startsWith("text/")) {
      return;
    }
    try (InputStream in = store.open(stored.sha256())) {
      String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      records.indexText(stored.sha256(), json ? DocumentTexts.ofJson(text) : text);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read document " + stored.sha256(), e);
    }
  }

  private static String requireReason(String reason) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw InvalidInputException.of("reason", "Bitte eine Begründung angeben.");
    }
    if (why.length() > 1000) {
      throw InvalidInputException.of("reason", "Höchstens 1000 Zeichen.");
    }
    return why;
  }

  private static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 199) + "…";
  }

  private List<ProcessLink> processesOf(String caseNumber) {
    return history
        .createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber)
        .orderByProcessInstanceStartTime()
        .asc()
        .list()
        .stream()
        .map(CaseFileManagement::link)
        .toList();
  }

  private static ProcessLink link(HistoricProcessInstance p) {
    return new ProcessLink(
        p.getId(),
        p.getProcessDefinitionKey(),
        p.getProcessDefinitionName(),
        p.getState(),
        p.getStartTime() == null ? null : p.getStartTime().toInstant(),
        p.getEndTime() == null ? null : p.getEndTime().toInstant());
  }

  private static VorgangRef ref(Vorgang vorgang) {
    return new VorgangRef(vorgang.id(), vorgang.caseNumber());
  }
}
