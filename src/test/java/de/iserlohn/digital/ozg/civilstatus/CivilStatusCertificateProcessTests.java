package de.iserlohn.digital.ozg.civilstatus;

import static de.iserlohn.digital.ozg.civilstatus.CivilStatusCertificateProcess.PROCESS_KEY;
import static org.assertj.core.api.Assertions.assertThat;
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
import de.iserlohn.digital.ozg.application.SubmissionResult;
import de.iserlohn.digital.ozg.catalogue.Upload;
import de.iserlohn.digital.ozg.payment.Payment;
import de.iserlohn.digital.ozg.payment.Payments;
import de.iserlohn.digital.ozg.payment.TestPaymentProvider;
import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.testsupport.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class CivilStatusCertificateProcessTests {

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
  void anOwnBirthCertificateIsPaidAndDeliveredDigitallyWithoutAnyClerk() {
    SubmissionResult submitted = ozg.submit(PROCESS_KEY, certificate("selbst", 1, "digital"));
    ProcessInstance instance = ozg.instance(submitted.caseNumber(), PROCESS_KEY);
    ozg.runJobs(submitted.caseNumber());
    assertThat(instance).isWaitingAt(CivilStatusCertificateProcess.COLLECT_FEE);
    assertThat(status(submitted)).isEqualTo(ApplicationStatus.ZAHLUNG_OFFEN);

    pay(submitted, 1200);

    assertThat(instance)
        .isEnded()
        .hasPassed(
            CivilStatusCertificateProcess.DETERMINE_ENTITLEMENT,
            CivilStatusCertificateProcess.ISSUE_CERTIFICATE,
            CivilStatusCertificateProcess.CERTIFICATE_ISSUED)
        .hasNotPassed(
            CivilStatusCertificateProcess.REVIEW_ENTITLEMENT,
            CivilStatusCertificateProcess.DISPATCH_CERTIFICATE);
    assertThat(status(submitted)).isEqualTo(ApplicationStatus.GENEHMIGT);
    assertThat(caseFile.read(submitted.caseNumber(), CurrentUser.SYSTEM).documents())
        .anySatisfy(d -> assertThat(d.documentType()).isEqualTo("BESCHEID"));
    assertThat(
            engine
                .getHistoryService()
                .createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(submitted.caseNumber())
                .count())
        .as("no clerk touched the case")
        .isZero();
  }

  @Test
  void threeCopiesByPostAreSentByTheStandesamt() {
    SubmissionResult submitted = ozg.submit(PROCESS_KEY, certificate("abkoemmling", 3, "post"));
    ProcessInstance instance = ozg.instance(submitted.caseNumber(), PROCESS_KEY);
    ozg.runJobs(submitted.caseNumber());

    pay(submitted, 2400);

    assertThat(instance).isWaitingAt(CivilStatusCertificateProcess.DISPATCH_CERTIFICATE);
    assertThat(instance).variables().containsEntry("certificateTitle", "Geburtsurkunde");
    assertThat(task(instance)).hasCandidateGroup("standesamt").hasName("Urkunde versenden");
    complete(task(instance), withVariables("dispatched", true));
    ozg.runJobs(submitted.caseNumber());
    assertThat(instance).isEnded().hasPassed(CivilStatusCertificateProcess.CERTIFICATE_ISSUED);
    assertThat(status(submitted)).isEqualTo(ApplicationStatus.GENEHMIGT);
  }

  @Test
  void aSiblingIsRejectedByTheStandesamtAndTheFeeIsRefunded() {
    SubmissionResult submitted = ozg.submit(PROCESS_KEY, certificate("geschwister", 1, "post"));
    ProcessInstance instance = ozg.instance(submitted.caseNumber(), PROCESS_KEY);
    ozg.runJobs(submitted.caseNumber());
    String reference = pay(submitted, 1200);

    assertThat(instance).isWaitingAt(CivilStatusCertificateProcess.REVIEW_ENTITLEMENT);
    assertThat(task(instance)).hasCandidateGroup("standesamt").hasName("Berechtigung prüfen");
    complete(
        task(instance),
        withVariables(
            OzgProcess.VAR_DECISION,
            OzgProcess.REJECTED,
            OzgProcess.VAR_DECISION_REASON,
            "Ein rechtliches Interesse ist nicht glaubhaft gemacht."));
    ozg.runJobs(submitted.caseNumber());

    assertThat(instance).isWaitingAt(CivilStatusCertificateProcess.REFUND_FEE);
    assertThat(instance).variables().containsEntry(OzgProcess.VAR_PAYMENT_REFERENCE, reference);
    assertThat(task(instance)).hasCandidateGroup("buchhaltung").hasName("Gebühr erstatten");
    complete(task(instance), withVariables("refunded", true));
    ozg.runJobs(submitted.caseNumber());

    assertThat(instance)
        .isEnded()
        .hasPassed(
            CivilStatusCertificateProcess.REJECTION_NOTICE,
            CivilStatusCertificateProcess.APPLICATION_REJECTED)
        .hasNotPassed(CivilStatusCertificateProcess.ISSUE_CERTIFICATE);
    assertThat(status(submitted)).isEqualTo(ApplicationStatus.ABGELEHNT);
  }

  @Test
  void proofOfInterestSentInThePortalReturnsToTheReviewAndTheCertificateIsIssued() {
    SubmissionResult submitted = ozg.submit(PROCESS_KEY, certificate("sonstige", 1, "digital"));
    ProcessInstance instance = ozg.instance(submitted.caseNumber(), PROCESS_KEY);
    ozg.runJobs(submitted.caseNumber());
    pay(submitted, 1200);
    ozg.requestDocuments(instance, "Nachweis des rechtlichen Interesses (z. B. Erbschein)");
    assertThat(status(submitted)).isEqualTo(ApplicationStatus.UNTERLAGEN_ANGEFORDERT);

    cases.reply(
        cases.open(submitted.caseNumber(), submitted.accessCode()),
        List.of(new Upload("files", "erbschein.pdf", OzgTestCases.PDF)));

    assertThat(instance).isWaitingAt(CivilStatusCertificateProcess.REVIEW_ENTITLEMENT);
    complete(task(instance), withVariables(OzgProcess.VAR_DECISION, OzgProcess.APPROVED));
    ozg.runJobs(submitted.caseNumber());
    assertThat(instance)
        .isEnded()
        .hasPassed(CivilStatusCertificateProcess.ISSUE_CERTIFICATE)
        .hasNotPassed(CivilStatusCertificateProcess.REFUND_FEE);
  }

  @Test
  void anUnansweredRequestCanBeContinuedWithoutTheProof() {
    SubmissionResult submitted = ozg.submit(PROCESS_KEY, certificate("geschwister", 1, "post"));
    ProcessInstance instance = ozg.instance(submitted.caseNumber(), PROCESS_KEY);
    ozg.runJobs(submitted.caseNumber());
    pay(submitted, 1200);
    ozg.requestDocuments(instance, "Nachweis des berechtigten Interesses");

    Task request = ozg.unansweredRequest(submitted.caseNumber());
    assertThat(request).hasCandidateGroup("standesamt");
    ozg.decide(request, OzgProcess.OUTCOME_CONTINUE, null);

    assertThat(instance).isWaitingAt(CivilStatusCertificateProcess.REVIEW_ENTITLEMENT);
  }

  @Test
  void anUnpaidApplicationIsCancelledBeforeAnyCheck() {
    SubmissionResult submitted = ozg.submit(PROCESS_KEY, certificate("selbst", 2, "post"));
    ProcessInstance instance = ozg.instance(submitted.caseNumber(), PROCESS_KEY);
    ozg.runJobs(submitted.caseNumber());
    assertThat(payments.latestOf(submitted.caseNumber()).orElseThrow().amount())
        .isEqualByComparingTo("18.00");

    ozg.fireTimer(submitted.caseNumber(), OzgProcess.PAYMENT_DEADLINE);

    assertThat(instance)
        .isEnded()
        .hasPassed(CivilStatusCertificateProcess.APPLICATION_CANCELLED)
        .hasNotPassed(
            CivilStatusCertificateProcess.DETERMINE_ENTITLEMENT,
            CivilStatusCertificateProcess.ISSUE_CERTIFICATE);
    assertThat(status(submitted)).isEqualTo(ApplicationStatus.STORNIERT);
    assertThat(payments.latestOf(submitted.caseNumber()).orElseThrow().status())
        .isEqualTo(Payment.EXPIRED);
  }

  /** Pays the open fee through the test provider's signed callback; answers the reference. */
  private String pay(SubmissionResult submitted, long cents) {
    Payment payment = payments.latestOf(submitted.caseNumber()).orElseThrow();
    assertThat(payment.amountCents()).isEqualTo(cents);
    payments.confirm(
        payment.reference(), "PAID", cents, provider.sign(payment.reference(), "PAID", cents));
    ozg.runJobs(submitted.caseNumber());
    return payment.reference();
  }

  static Map<String, Object> certificate(String relation, int copies, String delivery) {
    return OzgTestCases.civilStatusCertificate(relation, copies, delivery);
  }

  private ApplicationStatus status(SubmissionResult submitted) {
    return store.find(submitted.caseNumber()).orElseThrow().status();
  }
}
