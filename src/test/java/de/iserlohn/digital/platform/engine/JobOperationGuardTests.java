package de.iserlohn.digital.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.testsupport.IntegrationTest;
import java.util.Map;
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
