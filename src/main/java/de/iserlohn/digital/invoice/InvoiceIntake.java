package de.iserlohn.digital.invoice;

import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.casefile.DokumentView;
import de.iserlohn.digital.platform.casefile.NewDokument;
import de.iserlohn.digital.platform.casefile.OpenVorgang;
import de.iserlohn.digital.platform.casefile.RetentionClass;
import de.iserlohn.digital.platform.casefile.SourceChannel;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.identity.OrgUnits;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.HexFormat;
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
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

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
        register
            .findByHash(sha256)
            .or(
                () ->
                    register.findBySupplierNumberAndDate(
                        result.data().sellerName(),
                        result.data().invoiceNumber(),
                        result.data().issueDate()));
    if (duplicate.isPresent()) {
      return register.find(duplicate.get()).orElseThrow().asDuplicate();
    }
    String registerNumber = register.nextRegisterNumber();
    Instant receivedAt = clock.instant();
    LocalDate receivedOn = receivedAt.atZone(BERLIN).toLocalDate();
    LocalDate dueDate =
        result.data().dueDate() != null
            ? result.data().dueDate()
            : receivedOn.plusDays(properties.paymentDays());
    SkontoTerms skonto = SkontoTerms.parse(result.data().paymentTerms()).orElse(null);
    LocalDate skontoBase =
        result.data().issueDate() != null ? result.data().issueDate() : receivedOn;
    LocalDate skontoDate = skonto == null ? null : skontoBase.plusDays(skonto.days());
    String status = result.valid() ? "VALID" : "INVALID";

    caseFile.open(
        new OpenVorgang(
            registerNumber,
            "Eingangsrechnung %s von %s"
                .formatted(
                    Optional.ofNullable(result.data().invoiceNumber()).orElse("?"),
                    Optional.ofNullable(result.data().sellerName()).orElse("unbekannt")),
            CASE_TYPE,
            OrgUnits.BUCHHALTUNG,
            null,
            RetentionClass.FINANCE,
            null),
        CurrentUser.SYSTEM);
    DokumentView original =
        caseFile.addDocument(
            registerNumber,
            new NewDokument(
                fileName(fileName, result.format()),
                result.format() == InvoiceFormat.ZUGFERD_PDF
                    ? "application/pdf"
                    : "application/xml",
                "E-Rechnung (Original)",
                channel,
                OrgUnits.BUCHHALTUNG,
                RetentionClass.FINANCE),
            new ByteArrayInputStream(content),
            CurrentUser.SYSTEM);
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
            original.id().toString()),
        by.userId());
    startApproval(registerNumber, result, dueDate, skontoDate, receivedOn);
    events.publishEvent(
        new InvoiceRegistered(
            registerNumber, status, result.data().amountDue(), result.data().currency()));
    return register.find(registerNumber).orElseThrow();
  }

  /** Starts the approval process in this transaction; business key = register number. */
  private void startApproval(
      String registerNumber,
      InvoiceCheck.Result result,
      LocalDate dueDate,
      LocalDate skontoDate,
      LocalDate receivedOn) {
    LocalDate deadline = skontoDate != null ? skontoDate : dueDate;
    LocalDate escalation = deadline.minusDays(InvoiceApprovalProcess.ESCALATION_DAYS_BEFORE);
    if (escalation.isBefore(receivedOn)) {
      escalation = receivedOn;
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(InvoiceApprovalProcess.VAR_REGISTER_NUMBER, registerNumber);
    variables.put(InvoiceApprovalProcess.VAR_VALID, result.valid());
    variables.put(
        InvoiceApprovalProcess.VAR_SUPPLIER,
        Optional.ofNullable(result.data().sellerName()).orElse(""));
    variables.put(
        InvoiceApprovalProcess.VAR_AMOUNT,
        result.data().amountDue() == null ? 0.0 : result.data().amountDue().doubleValue());
    variables.put(
        InvoiceApprovalProcess.VAR_COST_CENTRE,
        Optional.ofNullable(result.data().costCentre()).orElse(""));
    variables.put(
        InvoiceApprovalProcess.VAR_ORDERING_UNIT,
        result.receivingUnit().orElse(OrgUnits.BUCHHALTUNG));
    variables.put(InvoiceApprovalProcess.VAR_MANUAL_ROUTING, result.needsManualRouting());
    variables.put(InvoiceApprovalProcess.VAR_DUE_DATE, date(dueDate));
    variables.put(InvoiceApprovalProcess.VAR_DEADLINE_ESCALATION, date(escalation));
    runtime.startProcessInstanceByKey(
        InvoiceApprovalProcess.PROCESS_KEY, registerNumber, variables);
  }

  private static Date date(LocalDate day) {
    return Date.from(day.atStartOfDay(BERLIN).toInstant());
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
