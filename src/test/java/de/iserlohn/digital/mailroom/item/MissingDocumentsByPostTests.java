package de.iserlohn.digital.mailroom.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import de.iserlohn.digital.mailroom.ScanDocuments;
import de.iserlohn.digital.mailroom.intake.MailroomItem;
import de.iserlohn.digital.mailroom.intake.MailroomItems;
import de.iserlohn.digital.mailroom.intake.ScanCheck;
import de.iserlohn.digital.mailroom.intake.ScanIntake;
import de.iserlohn.digital.ozg.OzgTestCases;
import de.iserlohn.digital.ozg.application.ApplicationRecord;
import de.iserlohn.digital.ozg.application.ApplicationStatus;
import de.iserlohn.digital.ozg.application.Applications;
import de.iserlohn.digital.ozg.application.CitizenCases;
import de.iserlohn.digital.ozg.application.SubmissionResult;
import de.iserlohn.digital.ozg.bulkywaste.BulkyWastePickupProcess;
import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.testsupport.IntegrationTest;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The citizen answers an OZG missing-documents request (Nachforderung) by letter: the scan goes
 * through the mailroom and continues the real OZG process (contract {@code PostEingegangen}).
 */
@IntegrationTest
class MissingDocumentsByPostTests {

  @Autowired ProcessEngine engine;
  @Autowired Applications applications;
  @Autowired CitizenCases cases;
  @Autowired ScanIntake intake;
  @Autowired MailroomItems items;
  @Autowired CaseFileManagement caseFile;

  OzgTestCases ozg;

  @BeforeEach
  void setUp() {
    init(engine);
    ozg = new OzgTestCases(engine, applications);
  }

  @Test
  void aLetterNamingTheCaseNumberAnswersTheRequestAndTheClerkContinues() {
    SubmissionResult submitted =
        ozg.submit(BulkyWastePickupProcess.PROCESS_KEY, OzgTestCases.bulkyWaste("kesbern", 2));
    String caseNumber = submitted.caseNumber();
    ProcessInstance application = ozg.instance(caseNumber, BulkyWastePickupProcess.PROCESS_KEY);
    ozg.runJobs(caseNumber);
    ozg.requestDocuments(application, "Foto des Sperrmülls");
    assertThat(application).isWaitingAt(BulkyWastePickupProcess.REQUEST_DOCUMENTS);

    byte[] letter =
        ScanDocuments.pdf(
            "Stadt Iserlohn\nSperrmüllabholung\nIhr Zeichen: "
                + caseNumber
                + "\nanbei das angeforderte Foto des Sperrmülls.\nMit freundlichen Grüßen");
    ScanCheck.Result checked = MailroomItemProcessTests.CHECK.check(letter);
    MailroomItem item =
        intake
            .receiveBatch(
                "UPLOAD",
                "Testscanner",
                "pbecker",
                List.of(new ScanIntake.CheckedScan("antwort.pdf", letter, checked)),
                CurrentUser.SYSTEM)
            .get(0)
            .item();
    ProcessInstance post =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey(MailroomItemProcess.PROCESS_KEY)
            .processInstanceBusinessKey(item.caseNumber())
            .singleResult();
    execute(job(post));
    execute(job(post));
    assertThat(post).isEnded();

    MailroomItem done = items.find(item.id()).orElseThrow();
    assertThat(done.distribution()).isEqualTo("PROZESS");
    assertThat(done.targetCaseNumber()).isEqualTo(caseNumber);
    ozg.runJobs(caseNumber);
    assertThat(application).isWaitingAt(BulkyWastePickupProcess.PLAN_PICKUP);
    ApplicationRecord record = cases.open(caseNumber, submitted.accessCode());
    assertThat(cases.view(record).openRequest()).isNull();
    assertThat(cases.view(record).status()).isEqualTo(ApplicationStatus.IN_BEARBEITUNG);
    assertThat(caseFile.read(caseNumber, CurrentUser.SYSTEM).documents())
        .anySatisfy(d -> assertThat(d.id()).isEqualTo(done.targetDocumentId()));
  }

  private org.camunda.bpm.engine.runtime.Job job(ProcessInstance instance) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(instance.getId())
        .singleResult();
  }
}
