package de.iserlohn.digital.invoice;

import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.casefile.DocumentDownload;
import de.iserlohn.digital.platform.casefile.DokumentView;
import de.iserlohn.digital.platform.casefile.NewDokument;
import de.iserlohn.digital.platform.casefile.OpenVorgang;
import de.iserlohn.digital.platform.casefile.RetentionClass;
import de.iserlohn.digital.platform.casefile.SourceChannel;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.identity.OrgUnits;
import de.iserlohn.digital.platform.web.CityTime;
import de.iserlohn.digital.platform.web.InvalidInputException;
import de.iserlohn.digital.platform.web.NotFoundException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes an invoice in: check, duplicate detection, register entry, the original filed unchanged
 * into its Vorgang (case number = register number), and {@link InvoiceRegistered} - all in one
 * transaction. Rejected input leaves no trace.
 */
@Service
class InvoiceIntake {

  static final String CASE_TYPE = "eingangsrechnung";
  static final String PAPER_RULE_SET = "manuelle Erfassung (Papier)";
  static final int MAX_SCAN_TEXT = 200_000;

  private final InvoiceCheck check;
  private final InvoiceRegister register;
  private final CaseFileManagement caseFile;
  private final InvoiceProperties properties;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final RuntimeService runtime;

  InvoiceIntake(
      InvoiceCheck check,
      InvoiceRegister register,
      CaseFileManagement caseFile,
      InvoiceProperties properties,
      ApplicationEventPublisher events,
      Clock clock,
      RuntimeService runtime) {
    this.check = check;
    this.register = register;
    this.caseFile = caseFile;
    this.properties = properties;
    this.events = events;
    this.clock = clock;
    this.runtime = runtime;
  }

  /**
   * @throws RejectedInputException when the content is not a readable e-invoice
   */
  @Transactional
  public InvoiceView receive(
      byte[] content, String fileName, SourceChannel channel, CurrentUser by) {
    InvoiceCheck.Result result = check.check(content);
    String sha256 = sha256(content);
    Optional<String> duplicate =
        register.findDuplicate(
            sha256,
            result.data().sellerName(),
            result.data().invoiceNumber(),
            result.data().issueDate());
    if (duplicate.isPresent()) {
      return register.find(duplicate.get()).orElseThrow().asDuplicate();
    }
    String registerNumber = register.nextRegisterNumber();
    Instant receivedAt = clock.instant();
    DokumentView original =
        openVorgang(
            registerNumber,
            "Eingangsrechnung %s von %s"
                .formatted(
                    Optional.ofNullable(result.data().invoiceNumber()).orElse("?"),
                    Optional.ofNullable(result.data().sellerName()).orElse("unbekannt")),
            new NewDokument(
                fileName(fileName, result.format()),
                result.format() == InvoiceFormat.ZUGFERD_PDF
                    ? "application/pdf"
                    : "application/xml",
                "E-Rechnung (Original)",
                channel,
                OrgUnits.BUCHHALTUNG,
                RetentionClass.FINANCE),
            content);
    return registerAndStartApproval(
        registerNumber, receivedAt, channel, result, sha256, original.id().toString(), by);
  }

  /**
   * The mailroom's hand-over of a scanned paper invoice: the register number is reserved, its
   * Vorgang keeps a copy of the original scan, and the capture process starts (business key =
   * register number) with what {@link ScanTextParser} found in the recognised text. Idempotent: a
   * scan that was handed over before (same mailroom document or same content) starts nothing.
   *
   * @return the reserved register number, empty for a repeated hand-over
   */
  @Transactional
  public Optional<String> acceptScan(ScannedInvoiceReceived scan) {
    if (register.scanFromSource(scan.caseNumber(), scan.documentId()).isPresent()) {
      return Optional.empty();
    }
    DocumentDownload download =
        caseFile.download(scan.caseNumber(), scan.documentId(), CurrentUser.SYSTEM);
    byte[] content = readScan(download, scan);
    String sha256 = sha256(content);
    if (register.scanByHash(sha256).isPresent() || register.findByHash(sha256).isPresent()) {
      return Optional.empty();
    }
    String registerNumber = register.nextRegisterNumber();
    Instant receivedAt = clock.instant();
    DokumentView original =
        openVorgang(
            registerNumber,
            "Papierrechnung (Scan aus Vorgang %s)".formatted(scan.caseNumber()),
            new NewDokument(
                download.document().fileName(),
                download.document().mediaType(),
                "Papierrechnung (Scan, Original)",
                SourceChannel.SCAN,
                OrgUnits.BUCHHALTUNG,
                RetentionClass.FINANCE),
            content);
    String text = scan.extractedText() == null ? "" : scan.extractedText();
    register.insertScan(
        registerNumber,
        scan.caseNumber(),
        scan.documentId(),
        original.id(),
        sha256,
        text.length() > MAX_SCAN_TEXT ? text.substring(0, MAX_SCAN_TEXT) : text,
        receivedAt);
    runtime.startProcessInstanceByKey(
        InvoiceCaptureProcess.PROCESS_KEY,
        registerNumber,
        captureVariables(registerNumber, original, receivedAt, text));
    return Optional.of(registerNumber);
  }

  private static byte[] readScan(DocumentDownload download, ScannedInvoiceReceived scan) {
    try (var in = download.content()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read scan " + scan.documentId(), e);
    }
  }

  /** The capture process's start: the reserved number, the scan, a due date and the prefill. */
  private Map<String, Object> captureVariables(
      String registerNumber, DokumentView original, Instant receivedAt, String text) {
    LocalDate receivedOn = CityTime.day(receivedAt);
    Map<String, Object> variables = new HashMap<>();
    variables.put(InvoiceCaptureProcess.VAR_REGISTER_NUMBER, registerNumber);
    variables.put(InvoiceCaptureProcess.VAR_DOCUMENT_ID, original.id().toString());
    variables.put(
        InvoiceCaptureProcess.VAR_DUE_DATE, date(receivedOn.plusDays(properties.paymentDays())));
    putPrefill(variables, ScanTextParser.parse(text));
    return variables;
  }

  /** What the parser found in the recognised text, for the clerk to confirm. */
  private static void putPrefill(Map<String, Object> variables, ScanTextParser.Prefill prefill) {
    putIfFound(variables, CapturedInvoice.IBAN, prefill.iban());
    putIfFound(variables, CapturedInvoice.INVOICE_NUMBER, prefill.invoiceNumber());
    putIfFound(
        variables,
        CapturedInvoice.INVOICE_DATE,
        prefill.invoiceDate() == null ? null : prefill.invoiceDate().toString());
    putIfFound(
        variables,
        CapturedInvoice.GROSS_AMOUNT,
        prefill.grossAmount() == null ? null : prefill.grossAmount().doubleValue());
    putIfFound(
        variables,
        CapturedInvoice.AMOUNT_DUE,
        prefill.amountDue() == null ? null : prefill.amountDue().doubleValue());
    putIfFound(variables, CapturedInvoice.LEITWEG_ID, prefill.leitwegId());
  }

  /**
   * Registers a captured paper invoice under its reserved number (channel SCAN, format PAPER) and
   * starts the approval. No XSD/schematron is possible on paper: the finding {@code IS-SCAN-01}
   * says so; the Leitweg-ID rules apply to the captured ID.
   *
   * @return the new entry, or the first registration of the same invoice marked as duplicate
   * @throws InvalidInputException when a captured field is missing or wrong (nothing registered)
   */
  @Transactional
  public InvoiceView registerCaptured(
      String registerNumber, CapturedInvoice captured, CurrentUser by) {
    if (!captured.errors().isEmpty()) {
      throw new InvalidInputException(captured.errors());
    }
    Optional<InvoiceView> existing = register.find(registerNumber);
    if (existing.isPresent()) {
      return existing.get();
    }
    InvoiceRegister.Scan scan =
        register
            .scan(registerNumber)
            .orElseThrow(() -> new NotFoundException("Scan " + registerNumber + " nicht gefunden"));
    InvoiceData data = captured.data();
    Optional<String> duplicate =
        register.findDuplicate(
            scan.fileSha256(), data.sellerName(), data.invoiceNumber(), data.issueDate());
    if (duplicate.isPresent()) {
      return register.find(duplicate.get()).orElseThrow().asDuplicate();
    }
    List<Finding> findings = new ArrayList<>();
    findings.add(
        new Finding(
            InvoiceCheck.RULE_PAPER,
            Finding.Severity.INFO,
            "Papierrechnung",
            "Papierrechnung, von Hand erfasst: keine Prüfung gegen XSD, EN 16931 und XRechnung"
                + " möglich."));
    Optional<String> unit = check.leitweg(data.buyerReference(), findings);
    InvoiceCheck.Result result =
        new InvoiceCheck.Result(
            InvoiceFormat.PAPER, null, data, PAPER_RULE_SET, List.copyOf(findings), unit);
    return registerAndStartApproval(
        registerNumber,
        scan.receivedAt(),
        SourceChannel.SCAN,
        result,
        scan.fileSha256(),
        scan.documentId(),
        by);
  }

  /** The invoice's Vorgang (case number = register number) with the original as first document. */
  private DokumentView openVorgang(
      String registerNumber, String title, NewDokument original, byte[] content) {
    return caseFile
        .openWithDocument(
            new OpenVorgang(
                registerNumber,
                title,
                CASE_TYPE,
                OrgUnits.BUCHHALTUNG,
                null,
                RetentionClass.FINANCE,
                null),
            original,
            new ByteArrayInputStream(content),
            CurrentUser.SYSTEM)
        .document();
  }

  /** Register entry, approval start and {@link InvoiceRegistered}, in the caller's transaction. */
  private InvoiceView registerAndStartApproval(
      String registerNumber,
      Instant receivedAt,
      SourceChannel channel,
      InvoiceCheck.Result result,
      String sha256,
      String documentId,
      CurrentUser by) {
    LocalDate receivedOn = CityTime.day(receivedAt);
    LocalDate dueDate =
        result.data().dueDate() != null
            ? result.data().dueDate()
            : receivedOn.plusDays(properties.paymentDays());
    SkontoTerms skonto = SkontoTerms.parse(result.data().paymentTerms()).orElse(null);
    LocalDate skontoBase =
        result.data().issueDate() != null ? result.data().issueDate() : receivedOn;
    LocalDate skontoDate = skonto == null ? null : skontoBase.plusDays(skonto.days());
    String status = result.valid() ? "VALID" : "INVALID";
    InvoiceView view =
        register.insert(
            new InvoiceRegister.Entry(
                registerNumber,
                receivedAt,
                channel.name(),
                result,
                status,
                dueDate,
                skonto,
                skontoDate,
                sha256,
                documentId),
            by.userId());
    // asynchronous start with the business key only: the first step reads the register (ADR 0027)
    runtime.startProcessInstanceByKey(InvoiceApprovalProcess.PROCESS_KEY, registerNumber);
    events.publishEvent(
        new InvoiceRegistered(
            registerNumber, status, result.data().amountDue(), result.data().currency()));
    return view;
  }

  private static void putIfFound(Map<String, Object> variables, String key, Object value) {
    if (value != null) {
      variables.put(key, value);
    }
  }

  /** Midnight of a day in Iserlohn, as process variables and timers take dates. */
  static Date date(LocalDate day) {
    return Date.from(CityTime.startOfDay(day));
  }

  private static String fileName(String given, InvoiceFormat format) {
    if (given != null && !given.isBlank()) {
      return given;
    }
    return format == InvoiceFormat.ZUGFERD_PDF ? "rechnung.pdf" : "rechnung.xml";
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
