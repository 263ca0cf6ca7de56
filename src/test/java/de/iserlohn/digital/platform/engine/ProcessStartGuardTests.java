package de.iserlohn.digital.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.iserlohn.digital.ozg.OzgTestCases;
import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.casefile.OpenVorgang;
import de.iserlohn.digital.platform.casefile.RetentionClass;
import de.iserlohn.digital.platform.casefile.VorgangStatus;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.testsupport.IntegrationTest;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Findings 1 and 2 of issue 17: who starts a process, and with which Vorgang. */
@IntegrationTest
class ProcessStartGuardTests {

  static final String START = "/engine-rest/process-definition/key/general-case/start";

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired CaseFileManagement caseFile;

  @Test
  void aClerkCannotAttachTheGeneralCaseToAVorgangOfAnotherUnitNorCloseIt() {
    String personnel = personnelSection();

    ResponseEntity<String> start =
        startAs("oweber", personnel, "\"initiator\":{\"value\":\"hhoffmann\"},");

    assertThat(start.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(start.getBody()).contains("Kein Vorgang " + personnel);
    assertThat(instancesOf(personnel)).isZero();
    assertThat(caseFile.read(personnel, CurrentUser.SYSTEM).status()).isEqualTo(VorgangStatus.OPEN);
  }

  @Test
  void theTasklistStartFormFollowsTheSameRule() {
    String personnel = personnelSection();
    // what Tasklist does for a logged-in clerk: the engine's form service as that user
    engine.getIdentityService().setAuthentication("oweber", List.of("ordnungsamt"));
    try {
      String definition =
          engine
              .getRepositoryService()
              .createProcessDefinitionQuery()
              .processDefinitionKey("general-case")
              .latestVersion()
              .singleResult()
              .getId();
      assertThatThrownBy(
              () ->
                  engine
                      .getFormService()
                      .submitStartForm(
                          definition,
                          personnel,
                          Map.of("title", "Angriff", "orgUnit", "ordnungsamt")))
          .isInstanceOf(AuthorizationException.class)
          .hasMessageContaining("Kein Vorgang " + personnel);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(instancesOf(personnel)).isZero();
  }

  @Test
  void theInitiatorIsTheAuthenticatedClerkNotAVariableOfTheCaller() {
    ResponseEntity<String> start = startAs("bschmidt", null, "\"initiator\":{\"value\":\"demo\"},");

    assertThat(start.getStatusCode()).isEqualTo(HttpStatus.OK);
    String id = start.getBody().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    assertThat(engine.getRuntimeService().getVariable(id, "initiator")).isEqualTo("bschmidt");
  }

  @Test
  void aClerkMayStartTheGeneralCaseOnAVorgangOfTheirOwnUnit() {
    String own =
        caseFile
            .open(
                OpenVorgang.of(
                    "Eigener Vorgang", "allgemein", "ordnungsamt", RetentionClass.STANDARD),
                CurrentUser.SYSTEM)
            .caseNumber();

    assertThat(startAs("oweber", own, "").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(instancesOf(own)).isOne();
  }

  @Test
  void aClerkCannotTakeTheNextCaseNumberAndACitizenNeverGets500ForATakenNumber() {
    String current = caseFile.nextCaseNumber();
    long sequence = Long.parseLong(current.substring(current.lastIndexOf('-') + 1));
    String next = "VG-%d-%06d".formatted(Year.now().getValue(), sequence + 1);

    ResponseEntity<String> grab = startAs("bschmidt", next, "");
    runOpenCaseJobs(next);

    assertThat(grab.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(caseFile.exists(next)).isFalse();
    assertThat(submitBulkyWaste().getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void aNumberTakenOutsideTheSequenceIsSkipped() {
    String current = caseFile.nextCaseNumber();
    long sequence = Long.parseLong(current.substring(current.lastIndexOf('-') + 1));
    String next = "VG-%d-%06d".formatted(Year.now().getValue(), sequence + 1);
    caseFile.open(
        OpenVorgang.of("Importiert", "allgemein", "ordnungsamt", RetentionClass.STANDARD)
            .withCaseNumber(next),
        CurrentUser.SYSTEM);

    ResponseEntity<Map> submitted = submitBulkyWaste();

    assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(submitted.getBody().get("caseNumber")).isNotEqualTo(next);
  }

  private ResponseEntity<Map> submitBulkyWaste() {
    return http.postForEntity(
        "/api/ozg/services/bulky-waste-pickup/applications",
        OzgTestCases.bulkyWaste("kesbern", 2),
        Map.class);
  }

  private String personnelSection() {
    return caseFile
        .open(
            OpenVorgang.of(
                "Personalakte: Grunddaten", "personalakte", "personal", RetentionClass.PERSONNEL),
            CurrentUser.SYSTEM)
        .caseNumber();
  }

  private ResponseEntity<String> startAs(String user, String businessKey, String extraVariables) {
    String body =
        "{%s\"variables\":%s}"
            .formatted(
                businessKey == null ? "" : "\"businessKey\":\"" + businessKey + "\",",
                variables(extraVariables));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, user)
        .postForEntity(START, new HttpEntity<>(body, headers), String.class);
  }

  private static String variables(String extra) {
    return "{%s\"title\":{\"value\":\"Angriff\"},\"orgUnit\":{\"value\":\"ordnungsamt\"}}"
        .formatted(extra);
  }

  private long instancesOf(String businessKey) {
    return engine
        .getHistoryService()
        .createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey)
        .count();
  }

  /** Before the fix the grab succeeded: its "Vorgang anlegen" job opened the Vorgang. */
  private void runOpenCaseJobs(String businessKey) {
    for (ProcessInstance instance :
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(businessKey)
            .list()) {
      engine
          .getManagementService()
          .createJobQuery()
          .processInstanceId(instance.getId())
          .list()
          .forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }
}
