package de.iserlohn.digital.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.casefile.DokumentView;
import de.iserlohn.digital.platform.casefile.NewDokument;
import de.iserlohn.digital.platform.casefile.OpenVorgang;
import de.iserlohn.digital.platform.casefile.RetentionClass;
import de.iserlohn.digital.platform.casefile.SourceChannel;
import de.iserlohn.digital.platform.casefile.VorgangStatus;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.identity.OrgUnits;
import de.iserlohn.digital.platform.web.InvalidInputException;
import de.iserlohn.digital.testsupport.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mailroom's hand-over ({@link ScannedInvoiceReceived}) through manual capture
 * (processes/invoice/invoice-capture.bpmn) into the register and the approval process.
 */
@IntegrationTest
class InvoiceCaptureProcessTests {

  static final String RECOGNISED =
      """
      Gartenbau Müller GmbH, Hauptstraße 5, 58636 Iserlohn
      Leitweg-ID: 04011000-12345-03
      Rechnungsnummer: %s
      Rechnungsdatum: 03.11.2026
      Gesamtbetrag 1.190,00 EUR
      IBAN DE89 3704 0044 0532 0130 00
      """;

  @Autowired ProcessEngine engine;
  @Autowired CaseFileManagement caseFile;
  @Autowired ApplicationEventPublisher events;
  @Autowired PlatformTransactionManager transactions;
  @Autowired InvoiceRegister register;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @Test
  void aScannedInvoiceIsCapturedByHandRegisteredAsScanAndGoesIntoApproval() throws IOException {
    String invoiceNumber = "GM-" + UUID.randomUUID().toString().substring(0, 8);
    ScannedInvoiceReceived scan = handOver(RECOGNISED.formatted(invoiceNumber));
    String registerNumber = reservedFor(scan);
    ProcessInstance capture = captureOf(registerNumber);

    assertThat(capture).isWaitingAt(InvoiceCaptureProcess.CAPTURE_INVOICE);
    assertThat(task()).hasCandidateGroup("buchhaltung").hasName("Papierrechnung erfassen");
    assertThat(task().getDueDate()).isNotNull();
    assertThat(capture)
        .variables()
        .containsEntry(CapturedInvoice.IBAN, "DE89370400440532013000")
        .containsEntry(CapturedInvoice.INVOICE_NUMBER, invoiceNumber)
        .containsEntry(CapturedInvoice.INVOICE_DATE, "2026-11-03")
        .containsEntry(CapturedInvoice.GROSS_AMOUNT, 1190.0)
        .containsEntry(CapturedInvoice.LEITWEG_ID, "04011000-12345-03");
    assertThat(caseFile.read(registerNumber, CurrentUser.SYSTEM).documents())
        .singleElement()
        .satisfies(d -> assertThat(d.sourceChannel()).isEqualTo(SourceChannel.SCAN));

    // a wrong IBAN and no supplier: the capture is refused, nothing is registered
    Map<String, Object> values = captured(invoiceNumber);
    values.remove(CapturedInvoice.SUPPLIER);
    values.put(CapturedInvoice.IBAN, "DE88370400440532013000");
    assertThatThrownBy(() -> engine.getTaskService().complete(task().getId(), values))
        .satisfies(
            e ->
                assertThat(invalidInput(e).errors())
                    .extracting(f -> f.field())
                    .containsExactlyInAnyOrder(CapturedInvoice.SUPPLIER, CapturedInvoice.IBAN));
    assertThat(register.find(registerNumber)).isEmpty();
    assertThat(capture).isWaitingAt(InvoiceCaptureProcess.CAPTURE_INVOICE);

    engine.getTaskService().complete(task().getId(), captured(invoiceNumber));

    assertThat(capture).isEnded().hasPassed(InvoiceCaptureProcess.CAPTURED);
    InvoiceView invoice = register.find(registerNumber).orElseThrow();
    assertThat(invoice.channel()).isEqualTo("SCAN");
    assertThat(invoice.format()).isEqualTo("PAPER");
    assertThat(invoice.status()).isEqualTo("VALID");
    assertThat(invoice.supplier()).isEqualTo("Gartenbau Müller GmbH");
    assertThat(invoice.amountDue()).isEqualByComparingTo("1000.00");
    assertThat(invoice.skontoDate()).hasToString("2026-11-17");
    assertThat(invoice.findings()).extracting(Finding::ruleId).containsExactly("IS-SCAN-01");
    ProcessInstance approval =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(registerNumber, InvoiceApprovalProcess.PROCESS_KEY)
            .singleResult();
    assertThat(approval).isWaitingAt(InvoiceApprovalProcess.INVOICE_RECEIVED);
    execute(job());
    assertThat(approval).isWaitingAt(InvoiceApprovalProcess.CHECK_FACTUAL);

    // the mailroom delivers the same hand-over again (event registry retry): nothing new
    long captures = captures();
    publish(scan);
    assertThat(captures()).isEqualTo(captures);
    assertThat(register.scanFromSource(scan.caseNumber(), scan.documentId()))
        .hasValueSatisfying(s -> assertThat(s.registerNumber()).isEqualTo(registerNumber));
  }

  private long captures() {
    return engine
        .getHistoryService()
        .createHistoricProcessInstanceQuery()
        .processDefinitionKey(InvoiceCaptureProcess.PROCESS_KEY)
        .count();
  }

  @Test
  void aScanThatIsNoInvoiceClosesItsVorgangWithoutRegistering() throws IOException {
    ScannedInvoiceReceived scan = handOver("Sehr geehrte Damen und Herren, unser Angebot ...");
    String registerNumber = reservedFor(scan);
    ProcessInstance capture = captureOf(registerNumber);
    assertThat(capture).variables().doesNotContainKey(CapturedInvoice.IBAN);

    engine
        .getTaskService()
        .complete(task().getId(), Map.of(InvoiceCaptureProcess.VAR_NOT_AN_INVOICE, true));

    assertThat(capture).isEnded().hasPassed(InvoiceCaptureProcess.NO_INVOICE);
    assertThat(register.find(registerNumber)).isEmpty();
    assertThat(caseFile.read(registerNumber, CurrentUser.SYSTEM).status())
        .isEqualTo(VorgangStatus.CLOSED);
  }

  @Test
  void aPaperCopyOfAnInvoiceRegisteredBeforeIsNotRegisteredTwice() throws IOException {
    String invoiceNumber = "GM-" + UUID.randomUUID().toString().substring(0, 8);
    ScannedInvoiceReceived first = handOver(RECOGNISED.formatted(invoiceNumber));
    String firstNumber = reservedFor(first);
    engine.getTaskService().complete(taskOf(firstNumber), captured(invoiceNumber));
    ScannedInvoiceReceived copy = handOver(RECOGNISED.formatted(invoiceNumber));
    String copyNumber = reservedFor(copy);
    ProcessInstance capture = captureOf(copyNumber);

    engine.getTaskService().complete(taskOf(copyNumber), captured(invoiceNumber));

    assertThat(capture)
        .isEnded()
        .hasPassed(InvoiceCaptureProcess.ALREADY_REGISTERED, InvoiceCaptureProcess.NO_INVOICE);
    assertThat(register.find(copyNumber)).isEmpty();
    assertThat(register.search(null, invoiceNumber, null, null, null, 10))
        .extracting(InvoiceView::registerNumber)
        .containsExactly(firstNumber);
  }

  private static InvalidInputException invalidInput(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof InvalidInputException invalid) {
        return invalid;
      }
    }
    throw new AssertionError("no InvalidInputException", thrown);
  }

  private Map<String, Object> captured(String invoiceNumber) {
    Map<String, Object> values = new HashMap<>();
    values.put(CapturedInvoice.SUPPLIER, "Gartenbau Müller GmbH");
    values.put(CapturedInvoice.INVOICE_NUMBER, invoiceNumber);
    values.put(CapturedInvoice.INVOICE_DATE, "2026-11-03");
    values.put(CapturedInvoice.GROSS_AMOUNT, 1190.0);
    values.put(CapturedInvoice.AMOUNT_DUE, 1000.0);
    values.put(CapturedInvoice.IBAN, "DE89 3704 0044 0532 0130 00");
    values.put(CapturedInvoice.LEITWEG_ID, "04011000-12345-03");
    values.put(CapturedInvoice.SKONTO_DAYS, 14L);
    values.put(CapturedInvoice.SKONTO_PERCENT, 2.0);
    values.put(CapturedInvoice.COST_CENTRE, "KST-4711");
    return values;
  }

  /** The mailroom: its Vorgang with the scan, then the hand-over event. */
  private ScannedInvoiceReceived handOver(String recognisedText) throws IOException {
    String mailroomCase = "PE-TEST-" + UUID.randomUUID();
    caseFile.open(
        new OpenVorgang(
            mailroomCase,
            "Posteingang",
            "posteingang",
            OrgUnits.POSTSTELLE,
            null,
            RetentionClass.FINANCE,
            null),
        CurrentUser.SYSTEM);
    byte[] pdf =
        Files.readAllBytes(
            InvoiceCheckTests.PDFS.resolve(
                "MustangGnuaccountingBeispielRE-20170509_505blanko.pdf"));
    byte[] unique = ("\n%" + UUID.randomUUID() + "\n").getBytes(StandardCharsets.US_ASCII);
    byte[] content = new byte[pdf.length + unique.length];
    System.arraycopy(pdf, 0, content, 0, pdf.length);
    System.arraycopy(unique, 0, content, pdf.length, unique.length);
    DokumentView document =
        caseFile.addDocument(
            mailroomCase,
            NewDokument.of("scan.pdf", "application/pdf", "SCAN", SourceChannel.SCAN),
            new ByteArrayInputStream(content),
            CurrentUser.SYSTEM);
    ScannedInvoiceReceived scan =
        new ScannedInvoiceReceived(mailroomCase, document.id(), recognisedText);
    publish(scan);
    return scan;
  }

  private void publish(ScannedInvoiceReceived scan) {
    new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(scan));
  }

  private String reservedFor(ScannedInvoiceReceived scan) {
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> register.scanFromSource(scan.caseNumber(), scan.documentId()),
            java.util.Optional::isPresent)
        .orElseThrow()
        .registerNumber();
  }

  private ProcessInstance captureOf(String registerNumber) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(registerNumber, InvoiceCaptureProcess.PROCESS_KEY)
        .singleResult();
  }

  private String taskOf(String registerNumber) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceBusinessKey(registerNumber)
        .taskDefinitionKey(InvoiceCaptureProcess.CAPTURE_INVOICE)
        .singleResult()
        .getId();
  }
}
