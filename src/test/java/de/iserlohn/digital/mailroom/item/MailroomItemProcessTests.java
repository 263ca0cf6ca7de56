package de.iserlohn.digital.mailroom.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import de.iserlohn.digital.invoice.ScannedInvoiceReceived;
import de.iserlohn.digital.mailroom.ScanDocuments;
import de.iserlohn.digital.mailroom.intake.MailroomItem;
import de.iserlohn.digital.mailroom.intake.MailroomItems;
import de.iserlohn.digital.mailroom.intake.ScanCheck;
import de.iserlohn.digital.mailroom.intake.ScanIntake;
import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.casefile.OpenVorgang;
import de.iserlohn.digital.platform.casefile.RetentionClass;
import de.iserlohn.digital.platform.casefile.VorgangDetails;
import de.iserlohn.digital.platform.casefile.VorgangStatus;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.web.CityTime;
import de.iserlohn.digital.testsupport.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The model {@code processes/mailroom/mailroom-item.bpmn} with its real DMN table on generated
 * scans: recognition, classification, the clerk's assignment, distribution, correlation.
 */
@IntegrationTest
@RecordApplicationEvents
class MailroomItemProcessTests {

  /** Test-only stand-in for a process that waits for paper post (e.g. OZG missing documents). */
  static final String WAITING_PROCESS = "mailroom-test-waits-for-post";

  static final ScanCheck CHECK = new ScanCheck(20L * 1024 * 1024, 80_000_000L, 50);

  @Autowired ProcessEngine engine;
  @Autowired ScanIntake intake;
  @Autowired MailroomItems items;
  @Autowired CaseFileManagement caseFile;
  @Autowired ApplicationEvents events;

  static boolean deployed;

  @BeforeEach
  void setUp() {
    init(engine);
    if (!deployed
        || engine
                .getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(WAITING_PROCESS)
                .count()
            == 0) {
      BpmnModelInstance waiting =
          Bpmn.createExecutableProcess(WAITING_PROCESS)
              .camundaHistoryTimeToLive(1)
              .startEvent("Requested")
              .intermediateCatchEvent("PostArrives")
              .message(MailroomItemProcess.MESSAGE_POST_RECEIVED)
              .userTask("CheckPost")
              .camundaCandidateGroups("buergerbuero")
              .endEvent("Done")
              .done();
      engine
          .getRepositoryService()
          .createDeployment()
          .name("mailroom test: waits for post")
          .addModelInstance(WAITING_PROCESS + ".bpmn", waiting)
          .deploy();
      deployed = true;
    }
  }

  @Test
  void aBornDigitalInvoiceIsRecognisedClassifiedAndHandedToInvoiceCapture() {
    String invoiceNo = "RE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    MailroomItem item =
        receive(
            "rechnung.pdf",
            ScanDocuments.pdf(
                "Elektro Schulte GmbH\nRechnung\nRechnungsnummer: "
                    + invoiceNo
                    + "\nGesamtbetrag 1.190,00 EUR\nIBAN DE89 3704 0044 0532 0130 00"));
    ProcessInstance instance = instanceOf(item);
    assertThat(instance).isWaitingAt(MailroomItemProcess.RECOGNIZE_TEXT);

    execute(onlyJob(instance));
    assertThat(instance).isWaitingAt(MailroomItemProcess.DISTRIBUTE_ITEM);
    assertThat(instance)
        .variables()
        .containsEntry("documentType", "RECHNUNG")
        .containsEntry("orgUnit", "buchhaltung")
        .containsEntry("confidence", 0.9)
        .containsEntry("invoiceCues", 3);
    execute(onlyJob(instance));

    assertThat(instance).isEnded().hasPassed(MailroomItemProcess.ITEM_DISTRIBUTED);
    assertThat(instance).hasNotPassed(MailroomItemProcess.ASSIGN_ITEM);
    MailroomItem done = items.find(item.id()).orElseThrow();
    assertThat(done.status()).isEqualTo(MailroomItem.ItemStatus.VERTEILT);
    assertThat(done.distribution()).isEqualTo("RECHNUNG");
    assertThat(done.textLength()).isGreaterThan(50);
    assertThat(done.destroyAfter()).isEqualTo(CityTime.day(done.receivedAt()).plusDays(90));
    List<ScannedInvoiceReceived> handedOver =
        events.stream(ScannedInvoiceReceived.class)
            .filter(e -> e.caseNumber().equals(item.caseNumber()))
            .toList();
    assertThat(handedOver).hasSize(1);
    assertThat(handedOver.get(0).documentId()).isEqualTo(item.documentId());
    assertThat(handedOver.get(0).extractedText()).contains(invoiceNo);
    assertThat(caseFile.read(item.caseNumber(), CurrentUser.SYSTEM).status())
        .isEqualTo(VorgangStatus.CLOSED);
  }

  @Test
  void aLetterNamingACaseIsFiledThereAndContinuesTheProcessWaitingForPostExactlyOnce() {
    String caseNumber =
        caseFile
            .open(
                OpenVorgang.of(
                    "Antrag mit fehlenden Unterlagen",
                    "test-antrag",
                    "buergerbuero",
                    RetentionClass.STANDARD),
                CurrentUser.SYSTEM)
            .caseNumber();
    ProcessInstance waiting =
        engine.getRuntimeService().startProcessInstanceByKey(WAITING_PROCESS, caseNumber);
    assertThat(waiting).isWaitingAt("PostArrives");

    byte[] letter =
        ScanDocuments.pdf(
            "Sehr geehrte Damen und Herren,\nanbei die fehlenden Unterlagen zu Ihrem Aktenzeichen "
                + caseNumber
                + ".\nMit freundlichen Grüßen");
    MailroomItem item = receive("nachreichung.pdf", letter);
    ProcessInstance instance = instanceOf(item);
    execute(onlyJob(instance));
    assertThat(instance)
        .variables()
        .containsEntry("referenceKnown", true)
        .containsEntry("caseReference", caseNumber)
        .containsEntry("documentType", "NACHREICHUNG");
    execute(onlyJob(instance));
    assertThat(instance).isEnded();

    MailroomItem done = items.find(item.id()).orElseThrow();
    assertThat(done.distribution()).isEqualTo("PROZESS");
    assertThat(done.targetCaseNumber()).isEqualTo(caseNumber);
    assertThat(waiting).isWaitingAt("CheckPost");
    assertThat(waiting)
        .variables()
        .containsEntry("documentId", done.targetDocumentId().toString())
        .containsEntry("channel", "SCAN");
    VorgangDetails vorgang = caseFile.read(caseNumber, CurrentUser.SYSTEM);
    assertThat(vorgang.documents())
        .singleElement()
        .satisfies(d -> assertThat(d.id()).isEqualTo(done.targetDocumentId()));
    assertThat(
            engine
                .getHistoryService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(waiting.getId())
                .activityId("PostArrives")
                .finished()
                .count())
        .isEqualTo(1);

    // the same scan again (e.g. re-read from the hot folder): the same item, nothing continued
    ScanIntake.Recorded again =
        intake
            .receiveBatch(
                "UPLOAD",
                null,
                "pbecker",
                List.of(
                    new ScanIntake.CheckedScan("nachreichung.pdf", letter, CHECK.check(letter))),
                CurrentUser.SYSTEM)
            .get(0);
    assertThat(again.duplicate()).isTrue();
    assertThat(again.item().id()).isEqualTo(item.id());
  }

  @Test
  void aLetterForACaseNobodyWaitsForIsOnlyFiledIntoThatCase() {
    String caseNumber =
        caseFile
            .open(
                OpenVorgang.of(
                    "Ruhender Vorgang", "test-antrag", "ordnungsamt", RetentionClass.STANDARD),
                CurrentUser.SYSTEM)
            .caseNumber();
    MailroomItem item = receive("brief.pdf", ScanDocuments.pdf("Betreff: " + caseNumber, "Danke."));
    ProcessInstance instance = instanceOf(item);
    execute(onlyJob(instance));
    execute(onlyJob(instance));
    MailroomItem done = items.find(item.id()).orElseThrow();
    assertThat(done.distribution()).isEqualTo("VORGANG");
    assertThat(caseFile.read(caseNumber, CurrentUser.SYSTEM).documents())
        .extracting(d -> d.id())
        .containsExactly(done.targetDocumentId());
  }

  @Test
  void aScannedCertificateIsRecognisedByOcrAndItsOriginalIsKept() {
    MailroomItem item =
        receive(
            "scan-0001.png",
            ScanDocuments.png("Standesamt Iserlohn\nGeburtsurkunde\nNr. 123/2026"));
    ProcessInstance instance = instanceOf(item);
    execute(onlyJob(instance));
    assertThat(instance).variables().containsEntry("keyword", "URKUNDE");
    execute(onlyJob(instance));

    MailroomItem done = items.find(item.id()).orElseThrow();
    assertThat(done.documentType()).isEqualTo("URKUNDE");
    assertThat(done.distribution()).isEqualTo("FACHBEREICH");
    assertThat(done.keepOriginal()).isTrue();
    assertThat(done.destroyAfter()).isNull();
    VorgangDetails target = caseFile.read(done.targetCaseNumber(), CurrentUser.SYSTEM);
    assertThat(target.orgUnit()).isEqualTo("standesamt");
    assertThat(target.documents())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.documentType()).isEqualTo("URKUNDE");
              assertThat(d.mediaType()).isEqualTo("image/png");
            });
  }

  @Test
  void anUnclearLetterGoesToThePoststelleWhoseWrongCaseNumberIsSentBack() {
    MailroomItem item =
        receive(
            "unklar.pdf",
            ScanDocuments.pdf("Hallo,\nich habe eine Frage.\nGruss " + UUID.randomUUID()));
    ProcessInstance instance = instanceOf(item);
    execute(onlyJob(instance));

    assertThat(instance).isWaitingAt(MailroomItemProcess.ASSIGN_ITEM);
    assertThat(task()).hasCandidateGroup("poststelle").hasName("Posteingang zuordnen");
    assertThat(task().getDueDate()).isNotNull();
    assertThat(items.find(item.id()).orElseThrow().status())
        .isEqualTo(MailroomItem.ItemStatus.ZUZUORDNEN);
    assertThat(instance)
        .variables()
        .containsEntry("documentType", "SONSTIGES")
        .containsEntry("orgUnit", "poststelle");

    complete(task(), withVariables("caseReference", "VG-1999-999999", "documentType", "SONSTIGES"));
    execute(onlyJob(instance));
    assertThat(instance).isWaitingAt(MailroomItemProcess.ASSIGN_ITEM);
    assertThat(instance)
        .variables()
        .containsEntry("assignmentProblem", "Vorgang VG-1999-999999 gibt es nicht.");

    complete(
        task(),
        withVariables("caseReference", "", "documentType", "ORDNUNG", "orgUnit", "ordnungsamt"));
    execute(onlyJob(instance));
    assertThat(instance).isEnded();
    MailroomItem done = items.find(item.id()).orElseThrow();
    assertThat(done.distribution()).isEqualTo("FACHBEREICH");
    assertThat(done.documentType()).isEqualTo("ORDNUNG");
    assertThat(caseFile.read(done.targetCaseNumber(), CurrentUser.SYSTEM).orgUnit())
        .isEqualTo("ordnungsamt");
  }

  private MailroomItem receive(String name, byte[] content) {
    ScanCheck.Result result = CHECK.check(content);
    assertThat(result.accepted()).as(result.reason()).isTrue();
    return intake
        .receiveBatch(
            "UPLOAD",
            "Testscanner",
            "pbecker",
            List.of(new ScanIntake.CheckedScan(name, content, result)),
            CurrentUser.SYSTEM)
        .get(0)
        .item();
  }

  private ProcessInstance instanceOf(MailroomItem item) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(MailroomItemProcess.PROCESS_KEY)
        .processInstanceBusinessKey(item.caseNumber())
        .singleResult();
  }

  private Job onlyJob(ProcessInstance instance) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(instance.getId())
        .singleResult();
  }

  @BeforeAll
  static void reset() {
    deployed = false;
  }
}
