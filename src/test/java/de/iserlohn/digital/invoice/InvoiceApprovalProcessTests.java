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
import de.iserlohn.digital.testsupport.IntegrationTest;
import de.iserlohn.digital.testsupport.TestInfrastructure;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
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
    ProcessInstance instance = start(Map.of());
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
    ProcessInstance instance = start(Map.of(InvoiceApprovalProcess.VAR_AMOUNT, 30_000.0));
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
    ProcessInstance instance = start(Map.of(InvoiceApprovalProcess.VAR_MANUAL_ROUTING, true));

    assertThat(instance).isWaitingAt(InvoiceApprovalProcess.ROUTE_INVOICE);
    assertThat(task()).hasCandidateGroup("buchhaltung");
    complete(task(), withVariables(InvoiceApprovalProcess.VAR_ORDERING_UNIT, "stadtbetrieb"));

    assertThat(instance).isWaitingAt(InvoiceApprovalProcess.CHECK_FACTUAL);
    assertThat(task()).hasCandidateGroup("stadtbetrieb");
  }

  @Test
  void theTimerBeforeTheSkontoDateEscalatesWithoutStoppingTheApproval() {
    Date escalation = date(LocalDate.now().plusDays(7));
    ProcessInstance instance =
        start(Map.of(InvoiceApprovalProcess.VAR_DEADLINE_ESCALATION, escalation));

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

  private ProcessInstance start(Map<String, Object> overrides) {
    Map<String, Object> variables = new HashMap<>();
    String key = "RE-TEST-" + UUID.randomUUID();
    variables.put(InvoiceApprovalProcess.VAR_REGISTER_NUMBER, key);
    variables.put(InvoiceApprovalProcess.VAR_VALID, true);
    variables.put(InvoiceApprovalProcess.VAR_SUPPLIER, "Lieferant GmbH");
    variables.put(InvoiceApprovalProcess.VAR_AMOUNT, 1_000.0);
    variables.put(InvoiceApprovalProcess.VAR_COST_CENTRE, "KST-100");
    variables.put(InvoiceApprovalProcess.VAR_ORDERING_UNIT, "buchhaltung");
    variables.put(InvoiceApprovalProcess.VAR_MANUAL_ROUTING, false);
    variables.put(InvoiceApprovalProcess.VAR_DUE_DATE, date(LocalDate.now().plusDays(30)));
    variables.put(
        InvoiceApprovalProcess.VAR_DEADLINE_ESCALATION, date(LocalDate.now().plusDays(27)));
    variables.putAll(overrides);
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(InvoiceApprovalProcess.PROCESS_KEY, key, variables);
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
