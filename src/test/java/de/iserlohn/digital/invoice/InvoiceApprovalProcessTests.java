package de.iserlohn.digital.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import de.iserlohn.digital.platform.casefile.SourceChannel;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.web.CityTime;
import de.iserlohn.digital.testsupport.IntegrationTest;
import de.iserlohn.digital.testsupport.TestInfrastructure;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of processes/invoice/invoice-approval.bpmn on the real model and engine. */
@IntegrationTest
class InvoiceApprovalProcessTests {

  static final CurrentUser SUPPLIER = new CurrentUser("supplier-api", Set.of());

  @Autowired ProcessEngine engine;
  @Autowired InvoiceIntake intake;
  @Autowired InvoiceRegister register;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @Test
  void aValidInvoiceIsApprovedByThreeDifferentPeopleAndReleased() throws IOException {
    InvoiceView invoice = receive(ubl("04011000-12345-03", "IT-" + UUID.randomUUID()));
    ProcessInstance instance = instanceOf(invoice.registerNumber());

    assertThat(instance).isWaitingAt(InvoiceApprovalProcess.INVOICE_RECEIVED).hasNoVariables();
    execute(asyncStart(instance));
    assertThat(instance).hasPassed(InvoiceApprovalProcess.TAKE_OVER_DATA);
    assertThat(instance)
        .variables()
        .containsEntry(InvoiceApprovalProcess.VAR_REGISTER_NUMBER, invoice.registerNumber())
        .containsEntry(InvoiceApprovalProcess.VAR_VALID, true)
        .containsEntry(InvoiceApprovalProcess.VAR_MANUAL_ROUTING, false)
        .containsEntry(InvoiceApprovalProcess.VAR_DUE_DATE, date(invoice.dueDate()));
    assertThat(instance).isWaitingAt(InvoiceApprovalProcess.CHECK_FACTUAL);
    assertThat(task()).hasCandidateGroup("buchhaltung").hasName("Sachliche Richtigkeit bestätigen");
    assertThat(task().getDueDate()).isEqualTo(date(invoice.dueDate()));
    completeAs("kfischer");
    assertThat(task()).hasDefinitionKey(InvoiceApprovalProcess.CHECK_ARITHMETIC);
    completeAs("mwagner");
    assertThat(task()).hasDefinitionKey(InvoiceApprovalProcess.ORDER_PAYMENT);
    completeAs("demo");

    assertThat(instance).isWaitingAt(InvoiceApprovalProcess.RELEASE_INVOICE);
    execute(job());
    assertThat(instance).isEnded().hasPassed(InvoiceApprovalProcess.INVOICE_RELEASED);
    assertThat(register.find(invoice.registerNumber()).orElseThrow().status())
        .isEqualTo("RELEASED");
  }

  @Test
  void theSamePersonCannotDoTwoApprovalSteps() {
    ProcessInstance instance = start(1_000.0, "buchhaltung", null);
    assertThat(instance).isWaitingAt(InvoiceApprovalProcess.CHECK_FACTUAL);
    completeAs("kfischer");

    assertThatThrownBy(() -> completeAs("kfischer"))
        .hasRootCauseInstanceOf(MultiEyesTaskListener.MultiEyesViolation.class)
        .hasMessageContaining("Mehr-Augen-Prinzip");
    assertThat(instance).isWaitingAt(InvoiceApprovalProcess.CHECK_ARITHMETIC);

    completeAs("mwagner");
    assertThat(instance).isWaitingAt(InvoiceApprovalProcess.ORDER_PAYMENT);
    assertThatThrownBy(() -> completeAs("mwagner"))
        .hasRootCauseInstanceOf(MultiEyesTaskListener.MultiEyesViolation.class);
  }

  @Test
  void largeAmountsNeedTheExtraApprovalLevelFromTheDecision() {
    ProcessInstance instance = start(30_000.0, "buchhaltung", null);
    assertThat(instance).isWaitingAt(InvoiceApprovalProcess.CHECK_FACTUAL);
    completeAs("kfischer");
    completeAs("mwagner");

    assertThat(instance).isWaitingAt(InvoiceApprovalProcess.APPROVE_EXTRA);
    assertThat(task()).hasCandidateGroup("process-managers");
    assertThatThrownBy(() -> completeAs("kfischer"))
        .hasRootCauseInstanceOf(MultiEyesTaskListener.MultiEyesViolation.class);
    completeAs("pklein");
    assertThat(instance).isWaitingAt(InvoiceApprovalProcess.ORDER_PAYMENT);
  }

  @Test
  void anUnknownLeitwegIdGoesToManualRoutingFirst() {
    ProcessInstance instance = start(1_000.0, null, null);

    assertThat(instance).isWaitingAt(InvoiceApprovalProcess.ROUTE_INVOICE);
    assertThat(task()).hasCandidateGroup("buchhaltung");
    complete(task(), withVariables(InvoiceApprovalProcess.VAR_ORDERING_UNIT, "stadtbetrieb"));

    assertThat(instance).isWaitingAt(InvoiceApprovalProcess.CHECK_FACTUAL);
    assertThat(task()).hasCandidateGroup("stadtbetrieb");
  }

  @Test
  void theTimerBeforeTheSkontoDateEscalatesWithoutStoppingTheApproval() {
    LocalDate today = LocalDate.now(CityTime.ZONE);
    Date escalation = date(today.plusDays(7));
    ProcessInstance instance =
        start(
            1_000.0,
            "buchhaltung",
            today.plusDays(7 + InvoiceApprovalProcess.ESCALATION_DAYS_BEFORE));

    Job timer =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(instance.getId())
            .timers()
            .singleResult();
    assertThat(timer.getDuedate()).isEqualTo(escalation);
    execute(timer);

    assertThat(instance)
        .isWaitingAt(InvoiceApprovalProcess.CHECK_FACTUAL, InvoiceApprovalProcess.SECURE_DEADLINE);
    Task escalated =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(instance.getId())
            .taskDefinitionKey(InvoiceApprovalProcess.SECURE_DEADLINE)
            .singleResult();
    assertThat(escalated).hasCandidateGroup("buchhaltung").hasName("Frist sichern");
  }

  @Test
  void anInvalidInvoiceIsRejectedToTheSupplierWithTheRuleIds() throws Exception {
    String supplierMail = "lieferant-" + UUID.randomUUID() + "@example.org";
    String xml =
        ubl("04011000-12345-03", "IT-" + UUID.randomUUID())
            .replaceAll("<cbc:BuyerReference>[^<]*</cbc:BuyerReference>", "")
            .replace("seller@email.de", supplierMail);
    InvoiceView invoice = receive(xml);
    ProcessInstance instance = instanceOf(invoice.registerNumber());
    execute(asyncStart(instance));

    assertThat(instance).isWaitingAt(InvoiceApprovalProcess.SEND_REJECTION);
    execute(job());

    assertThat(instance).isEnded().hasPassed(InvoiceApprovalProcess.INVOICE_REJECTED);
    assertThat(instance).hasNotPassed(InvoiceApprovalProcess.CHECK_FACTUAL);
    assertThat(register.find(invoice.registerNumber()).orElseThrow().status())
        .isEqualTo("REJECTED");
    MimeMessage mail =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () -> TestInfrastructure.mail().getReceivedMessagesForDomain(supplierMail),
                m -> m.length == 1)[0];
    assertThat(mail.getSubject()).contains(invoice.registerNumber()).contains("abgelehnt");
    assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(mail)).contains("BR-DE-15");
  }

  private InvoiceView receive(String xml) {
    return intake.receive(
        xml.getBytes(StandardCharsets.UTF_8), "rechnung.xml", SourceChannel.API, SUPPLIER);
  }

  private ProcessInstance instanceOf(String registerNumber) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(registerNumber, InvoiceApprovalProcess.PROCESS_KEY)
        .singleResult();
  }

  /**
   * A valid invoice registered as the intake would (no file behind it) and its approval started and
   * past its asynchronous start: the process reads its inputs from this register entry.
   */
  private ProcessInstance start(double amount, String receivingUnit, LocalDate skontoDate) {
    String registerNumber = register.nextRegisterNumber();
    LocalDate today = LocalDate.now(CityTime.ZONE);
    InvoiceData data =
        new InvoiceData(
            null,
            "IT-" + UUID.randomUUID(),
            today,
            "Lieferant GmbH",
            null,
            "EUR",
            BigDecimal.valueOf(amount),
            BigDecimal.valueOf(amount),
            today.plusDays(30),
            null,
            "DE02120300000000202051",
            "KST-100",
            "lieferant@example.org");
    register.insert(
        new InvoiceRegister.Entry(
            registerNumber,
            Instant.now(),
            SourceChannel.API.name(),
            new InvoiceCheck.Result(
                InvoiceFormat.UBL_INVOICE,
                null,
                data,
                "test",
                List.of(),
                Optional.ofNullable(receivingUnit)),
            "VALID",
            today.plusDays(30),
            null,
            skontoDate,
            InvoiceIntake.sha256(registerNumber.getBytes(StandardCharsets.UTF_8)),
            null),
        "test");
    ProcessInstance instance =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(InvoiceApprovalProcess.PROCESS_KEY, registerNumber);
    execute(asyncStart(instance));
    return instance;
  }

  /** The job of the approval's asynchronous start (ADR 0027). */
  private Job asyncStart(ProcessInstance instance) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(instance.getId())
        .activityId(InvoiceApprovalProcess.INVOICE_RECEIVED)
        .singleResult();
  }

  private void completeAs(String user) {
    Task current = task();
    engine.getTaskService().setAssignee(current.getId(), user);
    engine.getTaskService().complete(current.getId());
  }

  private static String ubl(String buyerReference, String invoiceNumber) throws IOException {
    return Files.readString(InvoiceCheckTests.UBL_STANDARD)
        .replaceFirst("<cbc:ID>[^<]*</cbc:ID>", "<cbc:ID>" + invoiceNumber + "</cbc:ID>")
        .replaceFirst("BuyerReference>[^<]*</", "BuyerReference>" + buyerReference + "</");
  }

  private static Date date(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneId.of("Europe/Berlin")).toInstant());
  }
}
