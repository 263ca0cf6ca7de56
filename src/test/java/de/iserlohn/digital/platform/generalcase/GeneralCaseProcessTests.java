package de.iserlohn.digital.platform.generalcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import de.iserlohn.digital.platform.casefile.AuditAction;
import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.casefile.VorgangDetails;
import de.iserlohn.digital.platform.casefile.VorgangStatus;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.web.CityTime;
import de.iserlohn.digital.testsupport.IntegrationTest;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class GeneralCaseProcessTests {

  @Autowired ProcessEngine engine;
  @Autowired CaseFileManagement caseFile;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void clerkRecordsACaseTheUnitWorksAndClosesIt() {
    ProcessInstance instance = startAs("bschmidt", "buergerbuero", "ordnungsamt");

    assertThat(instance).isWaitingAt(GeneralCaseProcess.OPEN_CASE);
    execute(job());
    assertThat(instance).isWaitingAt(GeneralCaseProcess.WORK_ON_CASE);
    assertThat(task()).hasCandidateGroup("ordnungsamt").hasName("Vorgang bearbeiten");
    assertThat(task().getDueDate())
        .isEqualTo(
            java.util.Date.from(
                LocalDate.now(CityTime.ZONE).plusDays(14).atStartOfDay(CityTime.ZONE).toInstant()));
    String caseNumber =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceId(instance.getId())
            .singleResult()
            .getBusinessKey();
    assertThat(caseNumber).matches("VG-\\d{4}-\\d{6}");
    assertThat(instance).variables().containsEntry(GeneralCaseProcess.VAR_CASE_NUMBER, caseNumber);
    VorgangDetails opened = caseFile.read(caseNumber, CurrentUser.SYSTEM);
    assertThat(opened.status()).isEqualTo(VorgangStatus.OPEN);
    assertThat(opened.orgUnit()).isEqualTo("ordnungsamt");
    assertThat(opened.createdBy()).isEqualTo("bschmidt");

    complete(task(), withVariables("outcome", "erledigt", "note", "Rückruf erfolgt"));
    assertThat(instance).isWaitingAt(GeneralCaseProcess.CLOSE_CASE);
    execute(job());

    assertThat(instance).isEnded().hasPassed(GeneralCaseProcess.CASE_CLOSED);
    VorgangDetails closed = caseFile.read(caseNumber, CurrentUser.SYSTEM);
    assertThat(closed.status()).isEqualTo(VorgangStatus.CLOSED);
    assertThat(closed.processes())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.processDefinitionKey()).isEqualTo(GeneralCaseProcess.PROCESS_KEY);
              assertThat(p.state()).isEqualTo("COMPLETED");
            });
    assertThat(closed.auditTrail())
        .filteredOn(e -> e.action() == AuditAction.CLOSED)
        .singleElement()
        .satisfies(e -> assertThat(e.detail()).isEqualTo("erledigt: Rückruf erfolgt"));
  }

  @Test
  void anUnknownOrgUnitFailsTheStepAndOpensNoVorgang() {
    ProcessInstance instance = startAs("bschmidt", "buergerbuero", "finanzamt-bund");
    assertThat(instance).isWaitingAt(GeneralCaseProcess.OPEN_CASE);

    assertThatThrownBy(() -> execute(job()))
        .hasMessageContaining("Unknown org unit: finanzamt-bund");

    assertThat(instance).isWaitingAt(GeneralCaseProcess.OPEN_CASE);
    assertThat(job().getRetries()).isEqualTo(2);
    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(instance.getId())
                .singleResult()
                .getBusinessKey())
        .isNull();
  }

  @Test
  void onlyClerksMayStartTheGeneralCase() {
    engine.getIdentityService().setAuthentication("citizen-x", java.util.List.of());

    assertThatThrownBy(
            () ->
                engine
                    .getRuntimeService()
                    .startProcessInstanceByKey(
                        GeneralCaseProcess.PROCESS_KEY,
                        Map.of("title", "Test", "orgUnit", "umwelt")))
        .isInstanceOf(AuthorizationException.class);
  }

  private ProcessInstance startAs(String user, String group, String orgUnit) {
    engine.getIdentityService().setAuthentication(user, java.util.List.of(group));
    try {
      return engine
          .getRuntimeService()
          .startProcessInstanceByKey(
              GeneralCaseProcess.PROCESS_KEY,
              Map.of(
                  GeneralCaseProcess.VAR_TITLE, "Anfrage zur Baumpflege Hauptstraße",
                  GeneralCaseProcess.VAR_ORG_UNIT, orgUnit,
                  GeneralCaseProcess.VAR_DESCRIPTION, "Äste hängen auf den Gehweg"));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
