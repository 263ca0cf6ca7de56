package de.iserlohn.digital.ozg.parking;

import static de.iserlohn.digital.ozg.parking.ResidentParkingPermitProcess.PROCESS_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import de.iserlohn.digital.ozg.OzgProcess;
import de.iserlohn.digital.ozg.OzgTestCases;
import de.iserlohn.digital.ozg.application.ApplicationStatus;
import de.iserlohn.digital.ozg.application.ApplicationStore;
import de.iserlohn.digital.ozg.application.Applications;
import de.iserlohn.digital.ozg.application.CitizenCases;
import de.iserlohn.digital.ozg.application.StatusEntry;
import de.iserlohn.digital.ozg.application.SubmissionResult;
import de.iserlohn.digital.ozg.catalogue.Upload;
import de.iserlohn.digital.ozg.payment.Payment;
import de.iserlohn.digital.ozg.payment.Payments;
import de.iserlohn.digital.ozg.payment.TestPaymentProvider;
import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.web.InvalidInputException;
import de.iserlohn.digital.testsupport.IntegrationTest;
import de.iserlohn.digital.testsupport.TestInfrastructure;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ResidentParkingPermitProcessTests {

  static final Upload REGISTRATION =
      new Upload("vehicleRegistration", "schein.pdf", OzgTestCases.PDF);

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
  void anApprovedAndPaidPermitIsIssuedAndTheRenewalIsRemindedAfterAYear() {
    SubmissionResult submitted = submit("wermingser-strasse");
    ProcessInstance instance = ozg.instance(submitted.caseNumber(), PROCESS_KEY);
    ozg.runJobs(submitted.caseNumber());

    assertThat(instance).isWaitingAt(ResidentParkingPermitProcess.CHECK_APPLICATION);
    assertThat(instance).variables().containsEntry("zone", "A");
    assertThat(task(instance))
        .hasCandidateGroup("ordnungsamt")
        .hasName("Bewohnerparkausweis prüfen");
    complete(task(instance), withVariables(OzgProcess.VAR_DECISION, OzgProcess.APPROVED));
    ozg.runJobs(submitted.caseNumber());
    Payment payment = payments.latestOf(submitted.caseNumber()).orElseThrow();
    assertThat(payment.amount()).isEqualByComparingTo("36.00");
    payments.confirm(
        payment.reference(), "PAID", 3600, provider.sign(payment.reference(), "PAID", 3600));
    ozg.runJobs(submitted.caseNumber());

    assertThat(instance).isWaitingAt(ResidentParkingPermitProcess.RENEWAL_DUE);
    assertThat(status(submitted)).isEqualTo(ApplicationStatus.GENEHMIGT);
    assertThat(caseFile.read(submitted.caseNumber(), CurrentUser.SYSTEM).documents())
        .anySatisfy(d -> assertThat(d.documentType()).isEqualTo("BESCHEID"))
        .anySatisfy(d -> assertThat(d.fileName()).isEqualTo("schein.pdf"));
    LocalDate until = LocalDate.now().plusYears(1).minusDays(1);
    assertThat(instance).variables().containsEntry("validUntil", until.toString());

    ozg.fireTimer(submitted.caseNumber(), ResidentParkingPermitProcess.RENEWAL_DUE);

    assertThat(instance).isEnded().hasPassed(ResidentParkingPermitProcess.RENEWAL_REMINDED);
    assertThat(store.history(submitted.caseNumber()))
        .extracting(StatusEntry::text)
        .anySatisfy(t -> assertThat(t).contains("Bitte beantragen Sie rechtzeitig einen neuen"));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                subjects("max.muster@example.org").stream()
                    .anyMatch(s -> s.startsWith("Ihr Bewohnerparkausweis läuft am")));
  }

  @Test
  void theClerkRejects() {
    SubmissionResult submitted = submit("andere");
    ProcessInstance instance = ozg.instance(submitted.caseNumber(), PROCESS_KEY);
    ozg.runJobs(submitted.caseNumber());
    assertThat(instance).variables().containsEntry("zone", "keine");

    complete(
        task(instance),
        withVariables(
            OzgProcess.VAR_DECISION,
            OzgProcess.REJECTED,
            OzgProcess.VAR_DECISION_REASON,
            "Keine Bewohnerparkzone"));
    ozg.runJobs(submitted.caseNumber());

    assertThat(instance).isEnded().hasPassed(ResidentParkingPermitProcess.PERMIT_REJECTED);
    assertThat(status(submitted)).isEqualTo(ApplicationStatus.ABGELEHNT);
  }

  @Test
  void aMissingDocumentSentInThePortalReturnsToTheCheck() {
    SubmissionResult submitted = submit("hohler-weg");
    ProcessInstance instance = ozg.instance(submitted.caseNumber(), PROCESS_KEY);
    ozg.runJobs(submitted.caseNumber());
    ozg.requestDocuments(instance, "Meldebescheinigung");

    cases.reply(
        cases.open(submitted.caseNumber(), submitted.accessCode()),
        List.of(new Upload("files", "meldebescheinigung.pdf", OzgTestCases.PDF)));

    assertThat(instance).isWaitingAt(ResidentParkingPermitProcess.CHECK_APPLICATION);
    assertThat(status(submitted)).isEqualTo(ApplicationStatus.IN_BEARBEITUNG);
  }

  @Test
  void anUnansweredRequestCanBeContinuedWithoutTheDocuments() {
    SubmissionResult submitted = submit("karnacksweg");
    ProcessInstance instance = ozg.instance(submitted.caseNumber(), PROCESS_KEY);
    ozg.runJobs(submitted.caseNumber());
    ozg.requestDocuments(instance, "Meldebescheinigung");

    ozg.decide(ozg.unansweredRequest(submitted.caseNumber()), OzgProcess.OUTCOME_CONTINUE, null);

    assertThat(instance).isWaitingAt(ResidentParkingPermitProcess.CHECK_APPLICATION);
  }

  @Test
  void anUnpaidPermitIsCancelled() {
    SubmissionResult submitted = submit("mendener-strasse");
    ProcessInstance instance = ozg.instance(submitted.caseNumber(), PROCESS_KEY);
    ozg.runJobs(submitted.caseNumber());
    complete(task(instance), withVariables(OzgProcess.VAR_DECISION, OzgProcess.APPROVED));
    ozg.runJobs(submitted.caseNumber());
    assertThat(payments.latestOf(submitted.caseNumber()).orElseThrow().amount())
        .isEqualByComparingTo("30.00");

    ozg.fireTimer(submitted.caseNumber(), OzgProcess.PAYMENT_DEADLINE);

    assertThat(instance)
        .isEnded()
        .hasPassed(ResidentParkingPermitProcess.APPLICATION_CANCELLED)
        .hasNotPassed(ResidentParkingPermitProcess.ISSUE_PERMIT);
    assertThat(status(submitted)).isEqualTo(ApplicationStatus.STORNIERT);
  }

  @Test
  void withoutTheVehicleRegistrationNothingStarts() {
    long before =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey(PROCESS_KEY)
            .count();

    assertThatThrownBy(() -> ozg.submit(PROCESS_KEY, OzgTestCases.residentParking("hohler-weg")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .anySatisfy(
                        f -> {
                          assertThat(f.field()).isEqualTo("vehicleRegistration");
                          assertThat(f.message()).startsWith("Bitte laden Sie eine Datei");
                        }));
    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(PROCESS_KEY)
                .count())
        .isEqualTo(before);
  }

  private SubmissionResult submit(String street) {
    return ozg.submit(PROCESS_KEY, OzgTestCases.residentParking(street), REGISTRATION);
  }

  private ApplicationStatus status(SubmissionResult submitted) {
    return store.find(submitted.caseNumber()).orElseThrow().status();
  }

  static List<String> subjects(String to) throws Exception {
    List<String> subjects = new java.util.ArrayList<>();
    for (MimeMessage m : TestInfrastructure.mail().getReceivedMessages()) {
      if (Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(to))) {
        subjects.add(m.getSubject());
      }
    }
    return subjects;
  }
}
