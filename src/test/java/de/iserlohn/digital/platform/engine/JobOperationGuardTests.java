package de.iserlohn.digital.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.testsupport.IntegrationTest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Findings 4 and 5 of issue 17: job operations through the engine REST API. */
@IntegrationTest
class JobOperationGuardTests {

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;

  @Test
  void refusedExecutionsOfAnotherUnitsJobDoNotCountAsFailedAttempts() {
    Job job = openCaseJobOf("stadtbetrieb");
    int retries = job.getRetries();

    for (int i = 0; i < 4; i++) {
      assertThat(
              as("oweber")
                  .postForEntity("/engine-rest/job/" + job.getId() + "/execute", null, String.class)
                  .getStatusCode())
          .isEqualTo(HttpStatus.FORBIDDEN);
    }

    Job after = engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult();
    assertThat(after.getRetries()).isEqualTo(retries);
    assertThat(after.getExceptionMessage()).isNull();
    assertThat(
            engine
                .getRuntimeService()
                .createIncidentQuery()
                .processInstanceId(job.getProcessInstanceId())
                .count())
        .isZero();
  }

  @Test
  void onlyAdministratorsTouchJobsWithoutAProcessLikeTheHistoryCleanup() {
    Job cleanup = historyCleanupJob();
    int retries = cleanup.getRetries();

    assertThat(put("oweber", "/job/" + cleanup.getId() + "/retries", "{\"retries\":0}"))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(put("oweber", "/job/" + cleanup.getId() + "/suspended", "{\"suspended\":true}"))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            put(
                "oweber",
                "/job/" + cleanup.getId() + "/duedate",
                "{\"duedate\":\"2099-01-01T00:00:00.000+0000\"}"))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(put("pklein", "/job/" + cleanup.getId() + "/retries", "{\"retries\":0}"))
        .isEqualTo(HttpStatus.FORBIDDEN);

    Job after =
        engine.getManagementService().createJobQuery().jobId(cleanup.getId()).singleResult();
    assertThat(after.getRetries()).isEqualTo(retries);
    assertThat(after.isSuspended()).isFalse();
    assertThat(put("demo", "/job/" + cleanup.getId() + "/retries", "{\"retries\":" + retries + "}"))
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  /**
   * An administrator runs the daily pickup's timer at once (Cockpit, "Job ausführen"): the model
   * starts a round for each district with a due bin, under business keys the model chooses; the
   * start guard must not refuse them as Vorgänge the administrator cannot see.
   */
  @Test
  void anAdministratorRunsTheDailyPickupAtOnceAndItStartsTheDueRounds() {
    String bin = "guard-" + UUID.randomUUID().toString().substring(0, 8);
    String devEui = "%016X".formatted(bin.hashCode() & 0xffffffffL | 0x7B00000000000000L);
    HttpHeaders csv = new HttpHeaders();
    csv.setContentType(MediaType.valueOf("text/csv"));
    assertThat(
            as("demo")
                .postForEntity(
                    "/api/smartcity/import",
                    new HttpEntity<>(
                        "devEui,deviceType,assetType,assetId,name,lat,lon,district,binDepthMm,"
                            + "priorityClass,plantingYear\n"
                            + devEui
                            + ",DL-MBX,WASTE_BIN,"
                            + bin
                            + ",Tonne,51.37,7.70,Bezirk-"
                            + bin
                            + ",1000,,\n",
                        csv),
                    String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(uplinkAt85Percent(devEui)).isEqualTo(HttpStatus.OK);
    Job timer =
        engine
            .getManagementService()
            .createJobQuery()
            .processDefinitionKey("waste-pickup-schedule")
            .timers()
            .singleResult();

    ResponseEntity<String> answer =
        as("demo")
            .postForEntity("/engine-rest/job/" + timer.getId() + "/execute", null, String.class);

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey("waste-pickup")
                .processInstanceBusinessKeyLike("%Bezirk-" + bin + "%")
                .count())
        .isEqualTo(1);
  }

  private HttpStatus uplinkAt85Percent(String devEui) {
    String payload =
        Base64.getEncoder().encodeToString(HexFormat.of().parseHex("02012f0003009600010bb1"));
    String body =
        """
        {"end_device_ids":{"device_id":"eui-%s","dev_eui":"%s","dev_addr":"260B1234"},
         "received_at":"2026-01-01T08:02:00Z",
         "uplink_message":{"session_key_id":"guard","f_port":1,"f_cnt":2,
           "frm_payload":"%s","received_at":"2026-01-01T08:02:00Z"}}
        """
            .formatted(devEui, devEui, payload);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setBearerAuth("demo-lorawan-token");
    return HttpStatus.valueOf(
        http.exchange(
                "/api/lorawan/ttn", HttpMethod.POST, new HttpEntity<>(body, headers), String.class)
            .getStatusCode()
            .value());
  }

  private Job historyCleanupJob() {
    return engine.getHistoryService().findHistoryCleanupJobs().stream()
        .findFirst()
        .orElseGet(() -> engine.getHistoryService().cleanUpHistoryAsync());
  }

  private Job openCaseJobOf(String orgUnit) {
    String instance =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                "general-case", Map.of("title", "Job-Test", "orgUnit", orgUnit))
            .getId();
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(instance)
        .singleResult();
  }

  private HttpStatus put(String user, String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> answer =
        as(user)
            .exchange(
                "/engine-rest" + path,
                HttpMethod.PUT,
                new HttpEntity<>(json, headers),
                String.class);
    return HttpStatus.valueOf(answer.getStatusCode().value());
  }

  private TestRestTemplate as(String user) {
    return http.withBasicAuth(user, user);
  }
}
