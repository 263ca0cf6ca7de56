package de.iserlohn.digital.ozg.bulkywaste;

import static de.iserlohn.digital.ozg.bulkywaste.BulkyWastePickupProcess.PROCESS_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import de.iserlohn.digital.ozg.OzgProcess;
import de.iserlohn.digital.ozg.OzgTestCases;
import de.iserlohn.digital.ozg.application.ApplicationRecord;
import de.iserlohn.digital.ozg.application.ApplicationStatus;
import de.iserlohn.digital.ozg.application.ApplicationStore;
import de.iserlohn.digital.ozg.application.ApplicationView;
import de.iserlohn.digital.ozg.application.Applications;
import de.iserlohn.digital.ozg.application.CitizenCases;
import de.iserlohn.digital.ozg.application.StatusEntry;
import de.iserlohn.digital.ozg.application.SubmissionResult;
import de.iserlohn.digital.ozg.catalogue.Upload;
import de.iserlohn.digital.ozg.payment.Payment;
import de.iserlohn.digital.ozg.payment.Payments;
import de.iserlohn.digital.ozg.payment.TestPaymentProvider;
import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.casefile.VorgangDetails;
import de.iserlohn.digital.platform.casefile.VorgangStatus;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.testsupport.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class BulkyWastePickupProcessTests {

  @Autowired ProcessEngine engine;
  @Autowired Applications applications;
  @Autowired CitizenCases cases;
  @Autowired ApplicationStore store;
  @Autowired Payments payments;
  @Autowired TestPaymentProvider provider;
  @Autowired CaseFileManagement caseFile;

  OzgTestCases ozg;

  @BeforeEach
  void setUp() {
    init(engine);
    ozg = new OzgTestCases(engine, applications);
  }

  @Test
  void aSmallPickupInADistrictWithATourIsScheduledWithoutAnyClerk() {
    SubmissionResult submitted = ozg.submit(PROCESS_KEY, OzgTestCases.bulkyWaste("innenstadt", 2));
    ProcessInstance instance = ozg.instance(submitted.caseNumber(), PROCESS_KEY);

    ozg.runJobs(submitted.caseNumber());

    assertThat(instance)
        .isEnded()
        .hasPassed(
            BulkyWastePickupProcess.SCHEDULE_PICKUP, BulkyWastePickupProcess.CONFIRMATION_NOTICE)
        .hasNotPassed(BulkyWastePickupProcess.PLAN_PICKUP, BulkyWastePickupProcess.COLLECT_FEE);
    String pickupDate =
        (String)
            engine
                .getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId())
                .variableName(BulkyWastePickupProcess.VAR_PICKUP_DATE)
                .singleResult()
                .getValue();
    assertThat(LocalDate.parse(pickupDate).getDayOfWeek().getValue()).isEqualTo(2);
    assertThat(
            engine
                .getHistoryService()
                .createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(submitted.caseNumber())
                .count())
        .as("no clerk touched it")
        .isZero();
    assertThat(status(submitted)).isEqualTo(ApplicationStatus.GENEHMIGT);
    VorgangDetails vorgang = caseFile.read(submitted.caseNumber(), CurrentUser.SYSTEM);
    assertThat(vorgang.status()).isEqualTo(VorgangStatus.CLOSED);
    assertThat(vorgang.documents())
        .extracting(d -> d.documentType() + " " + d.mediaType())
        .contains("ANTRAG application/json", "BESCHEID application/pdf");
  }

  @Test
  void withoutATourTheMunicipalWorksPlanAndCanReject() {
    SubmissionResult submitted = ozg.submit(PROCESS_KEY, OzgTestCases.bulkyWaste("kesbern", 2));
    ProcessInstance instance = ozg.instance(submitted.caseNumber(), PROCESS_KEY);
    ozg.runJobs(submitted.caseNumber());

    assertThat(instance).isWaitingAt(BulkyWastePickupProcess.PLAN_PICKUP);
    Task plan = task(instance);
    assertThat(plan).hasCandidateGroup("stadtbetrieb").hasName("Sperrmüllabholung planen");
    assertThat(plan.getDueDate()).isNotNull();
    engine.getTaskService().claim(plan.getId(), "skoch");
    complete(
        plan,
        withVariables(
            OzgProcess.VAR_DECISION,
            OzgProcess.REJECTED,
            OzgProcess.VAR_DECISION_REASON,
            "Keine Anfahrt möglich"));
    ozg.runJobs(submitted.caseNumber());

    assertThat(instance)
        .isEnded()
        .hasPassed(
            BulkyWastePickupProcess.REJECTION_NOTICE, BulkyWastePickupProcess.PICKUP_REJECTED);
    assertThat(status(submitted)).isEqualTo(ApplicationStatus.ABGELEHNT);
    VorgangDetails vorgang = caseFile.read(submitted.caseNumber(), CurrentUser.SYSTEM);
    assertThat(vorgang.auditTrail())
        .anySatisfy(
            a -> {
              assertThat(a.actor()).isEqualTo("skoch");
              assertThat(a.detail()).contains("abgelehnt").contains("Keine Anfahrt möglich");
            });
    assertThat(vorgang.documents())
        .anySatisfy(d -> assertThat(d.documentType()).isEqualTo("BESCHEID"));
  }

  @Test
  void theClerkSeesWhatThePlanningNeedsWhileContactDataStaysOutOfTheEngine() {
    SubmissionResult submitted = ozg.submit(PROCESS_KEY, OzgTestCases.bulkyWaste("kesbern", 2));
    ProcessInstance instance = ozg.instance(submitted.caseNumber(), PROCESS_KEY);
    ozg.runJobs(submitted.caseNumber());

    // the fields of the task form "Sperrmüllabholung planen" and the decision inputs
    assertThat(engine.getTaskService().getVariables(task(instance).getId()))
        .containsEntry(OzgProcess.VAR_CASE_NUMBER, submitted.caseNumber())
        .containsEntry("lastName", "Mustermann")
        .containsEntry("street", "Schillerplatz 7")
        .containsEntry("district", "kesbern")
        .containsEntry("volume", 2L)
        .containsEntry("items", "Sofa, zwei Stühle, ein Schrank")
        .containsEntry("electricalAppliances", false)
        .doesNotContainKeys("email", "firstName", "postalCode", "confirmation");
    assertThat(
            engine
                .getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId())
                .variableNameIn("email", "firstName", "postalCode", "confirmation")
                .count())
        .as("no contact data in the engine's history")
        .isZero();
    // the application itself keeps every submitted field
    assertThat(store.find(submitted.caseNumber()).orElseThrow().dataJson())
        .contains("erika.mustermann@example.org", "Erika", "58636");
  }

  @Test
  void missingDocumentsAnsweredInThePortalGoBackToTheClerk() {
    SubmissionResult submitted = ozg.submit(PROCESS_KEY, OzgTestCases.bulkyWaste("kesbern", 2));
    ProcessInstance instance = ozg.instance(submitted.caseNumber(), PROCESS_KEY);
    ozg.runJobs(submitted.caseNumber());
    ozg.requestDocuments(instance, "Foto des Sperrmülls");

    assertThat(instance).isWaitingAt(BulkyWastePickupProcess.REQUEST_DOCUMENTS);
    ApplicationRecord application = cases.open(submitted.caseNumber(), submitted.accessCode());
    ApplicationView waiting = cases.view(application);
    assertThat(waiting.status()).isEqualTo(ApplicationStatus.UNTERLAGEN_ANGEFORDERT);
    assertThat(waiting.openRequest().text()).isEqualTo("Foto des Sperrmülls");

    cases.reply(application, List.of(new Upload("files", "sofa.png", OzgTestCases.PNG)));

    assertThat(instance).isWaitingAt(BulkyWastePickupProcess.PLAN_PICKUP);
    ApplicationView answered = cases.view(application);
    assertThat(answered.openRequest()).isNull();
    assertThat(answered.documents())
        .anySatisfy(d -> assertThat(d.fileName()).isEqualTo("sofa.png"));
    complete(
        task(instance),
        withVariables(
            OzgProcess.VAR_DECISION,
            OzgProcess.APPROVED,
            BulkyWastePickupProcess.VAR_PICKUP_DATE,
            LocalDate.now().plusDays(10).toString()));
    ozg.runJobs(submitted.caseNumber());

    assertThat(instance).isEnded().hasPassed(BulkyWastePickupProcess.PICKUP_SCHEDULED);
    assertThat(cases.view(application).history())
        .extracting(StatusEntry::status)
        .containsSubsequence(
            ApplicationStatus.EINGEGANGEN,
            ApplicationStatus.UNTERLAGEN_ANGEFORDERT,
            ApplicationStatus.IN_BEARBEITUNG,
            ApplicationStatus.GENEHMIGT);
  }

  @Test
  void anUnansweredRequestTimesOutIntoAClerkDecision() {
    SubmissionResult submitted = ozg.submit(PROCESS_KEY, OzgTestCases.bulkyWaste("kesbern", 2));
    ProcessInstance instance = ozg.instance(submitted.caseNumber(), PROCESS_KEY);
    ozg.runJobs(submitted.caseNumber());
    ozg.requestDocuments(instance, "Foto");

    Task request = ozg.unansweredRequest(submitted.caseNumber());
    assertThat(request)
        .hasDefinitionKey(OzgProcess.DECIDE_UNANSWERED_REQUEST)
        .hasCandidateGroup("stadtbetrieb");
    assertThat(store.openRequestOf(submitted.caseNumber())).isEmpty();
    ozg.decide(request, OzgProcess.OUTCOME_REJECT, "Unterlagen fehlen");

    assertThat(instance).isEnded().hasPassed(BulkyWastePickupProcess.PICKUP_REJECTED);
    assertThat(status(submitted)).isEqualTo(ApplicationStatus.ABGELEHNT);
  }

  @Test
  void anUnpaidFeeCancelsTheApplicationAfterTheDeadline() {
    SubmissionResult submitted = ozg.submit(PROCESS_KEY, OzgTestCases.bulkyWaste("letmathe", 5));
    ProcessInstance instance = ozg.instance(submitted.caseNumber(), PROCESS_KEY);
    ozg.runJobs(submitted.caseNumber());

    assertThat(instance).isWaitingAt(BulkyWastePickupProcess.COLLECT_FEE);
    Payment open = payments.latestOf(submitted.caseNumber()).orElseThrow();
    assertThat(open.amount()).isEqualByComparingTo("20.00");
    assertThat(status(submitted)).isEqualTo(ApplicationStatus.ZAHLUNG_OFFEN);

    ozg.fireTimer(submitted.caseNumber(), OzgProcess.PAYMENT_DEADLINE);

    assertThat(instance)
        .isEnded()
        .hasPassed(BulkyWastePickupProcess.APPLICATION_CANCELLED)
        .hasNotPassed(BulkyWastePickupProcess.CONFIRMATION_NOTICE);
    assertThat(status(submitted)).isEqualTo(ApplicationStatus.STORNIERT);
    assertThat(payments.latestOf(submitted.caseNumber()).orElseThrow().status())
        .isEqualTo(Payment.EXPIRED);
  }

  @Test
  void aPaidFeeLeadsToTheConfirmationAndARepeatedCallbackChangesNothing() {
    SubmissionResult submitted = ozg.submit(PROCESS_KEY, OzgTestCases.bulkyWaste("letmathe", 8));
    ProcessInstance instance = ozg.instance(submitted.caseNumber(), PROCESS_KEY);
    ozg.runJobs(submitted.caseNumber());
    Payment open = payments.latestOf(submitted.caseNumber()).orElseThrow();
    assertThat(open.amount()).isEqualByComparingTo("40.00");
    String signature = provider.sign(open.reference(), "PAID", 4000);

    payments.confirm(open.reference(), "PAID", 4000, signature);
    ozg.runJobs(submitted.caseNumber());
    payments.confirm(open.reference(), "PAID", 4000, signature);

    assertThat(instance).isEnded().hasPassed(BulkyWastePickupProcess.PICKUP_SCHEDULED);
    assertThat(status(submitted)).isEqualTo(ApplicationStatus.GENEHMIGT);
    assertThat(payments.latestOf(submitted.caseNumber()).orElseThrow().status())
        .isEqualTo(Payment.PAID);
  }

  @Test
  void anOverdueTaskIsEscalatedToTheLeadOfTheUnit() {
    SubmissionResult submitted = ozg.submit(PROCESS_KEY, OzgTestCases.bulkyWaste("kesbern", 2));
    ProcessInstance instance = ozg.instance(submitted.caseNumber(), PROCESS_KEY);
    ozg.runJobs(submitted.caseNumber());

    ozg.fireTimer(submitted.caseNumber(), BulkyWastePickupProcess.PLAN_PICKUP_OVERDUE);

    assertThat(instance).isWaitingAt(BulkyWastePickupProcess.PLAN_PICKUP);
    Task plan = task(instance);
    assertThat(plan.getPriority()).isEqualTo(80);
    assertThat(plan).hasCandidateUser("dlange").hasCandidateGroup("stadtbetrieb");
  }

  private ApplicationStatus status(SubmissionResult submitted) {
    return store.find(submitted.caseNumber()).orElseThrow().status();
  }
}
