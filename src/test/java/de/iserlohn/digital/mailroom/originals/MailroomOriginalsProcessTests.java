package de.iserlohn.digital.mailroom.originals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import de.iserlohn.digital.mailroom.ScanDocuments;
import de.iserlohn.digital.mailroom.intake.MailroomItem;
import de.iserlohn.digital.mailroom.intake.MailroomItems;
import de.iserlohn.digital.mailroom.intake.ScanCheck;
import de.iserlohn.digital.mailroom.intake.ScanIntake;
import de.iserlohn.digital.mailroom.item.MailroomItemProcess;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.testsupport.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code processes/mailroom/mailroom-originals.bpmn}: the release of due paper originals. */
@IntegrationTest
class MailroomOriginalsProcessTests {

  @Autowired ProcessEngine engine;
  @Autowired ScanIntake intake;
  @Autowired MailroomItems items;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @AfterEach
  void logout() {
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void aClerkReleasesTheDueOriginalsAndTheReleaseRecordsWhoAndWhen() {
    MailroomItem ordinary = distributed("Antrag auf Baumfällung " + UUID.randomUUID());
    MailroomItem certificate = distributed("Geburtsurkunde " + UUID.randomUUID());
    assertThat(ordinary.destroyAfter()).isNotNull();
    assertThat(certificate.keepOriginal()).isTrue();
    assertThat(certificate.destroyAfter()).isNull();

    ProcessInstance run =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                MailroomOriginalsProcess.PROCESS_KEY,
                Map.of("dueUntil", ordinary.destroyAfter().toString()));

    assertThat(run).isWaitingAt(MailroomOriginalsProcess.RELEASE_DESTRUCTION);
    assertThat(task()).hasCandidateGroup("poststelle").hasName("Vernichtung freigeben");
    assertThat((Integer) engine.getRuntimeService().getVariable(run.getId(), "dueCount"))
        .isGreaterThanOrEqualTo(1);
    assertThat((String) engine.getRuntimeService().getVariable(run.getId(), "dueSummary"))
        .contains(ordinary.batchId().toString().substring(0, 8));

    var release = task();
    engine.getIdentityService().setAuthentication("pbecker", List.of("poststelle"));
    complete(release, withVariables("confirmed", true));
    engine.getIdentityService().clearAuthentication();

    assertThat(run).isEnded().hasPassed(MailroomOriginalsProcess.DESTRUCTION_RELEASED);
    MailroomItem released = items.find(ordinary.id()).orElseThrow();
    assertThat(released.destructionReleasedBy()).isEqualTo("pbecker");
    assertThat(released.destructionReleasedAt()).isNotNull();
    MailroomItem kept = items.find(certificate.id()).orElseThrow();
    assertThat(kept.destructionReleasedAt()).isNull();
  }

  @Test
  void whenNothingIsDueNoTaskIsCreated() {
    ProcessInstance run =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                MailroomOriginalsProcess.PROCESS_KEY, Map.of("dueUntil", "2000-01-01"));
    assertThat(run).isEnded().hasPassed(MailroomOriginalsProcess.NOTHING_DUE);
    assertThat(
            engine
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceId(run.getId())
                .singleResult()
                .getBusinessKey())
        .isEqualTo("VERNICHTUNG-2000-01-01");
  }

  private MailroomItem distributed(String text) {
    byte[] pdf = ScanDocuments.pdf(text);
    ScanCheck.Result check = new ScanCheck(10_000_000, 80_000_000L, 10).check(pdf);
    MailroomItem item =
        intake
            .receiveBatch(
                "UPLOAD",
                "Testscanner",
                "pbecker",
                List.of(new ScanIntake.CheckedScan("brief.pdf", pdf, check)),
                CurrentUser.SYSTEM)
            .get(0)
            .item();
    ProcessInstance instance =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey(MailroomItemProcess.PROCESS_KEY)
            .processInstanceBusinessKey(item.caseNumber())
            .singleResult();
    execute(
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(instance.getId())
            .singleResult());
    execute(
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(instance.getId())
            .singleResult());
    return items.find(item.id()).orElseThrow();
  }
}
