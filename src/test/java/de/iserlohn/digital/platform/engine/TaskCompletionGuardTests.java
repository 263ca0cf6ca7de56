package de.iserlohn.digital.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.ozg.OzgTestCases;
import de.iserlohn.digital.ozg.application.Applications;
import de.iserlohn.digital.ozg.application.SubmissionResult;
import de.iserlohn.digital.testsupport.IntegrationTest;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Finding 9 of issue 17: a date out of any range (stored before the edge checked it, or entered by
 * a clerk) makes the step after the clerk's task fail; the completion is refused with 400 and a
 * message, never 500, and the task stays open.
 */
@IntegrationTest
class TaskCompletionGuardTests {

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired Applications applications;

  @Test
  void aCompletionThatFailsOnItsDatesIsABadRequestNotAServerError() {
    OzgTestCases ozg = new OzgTestCases(engine, applications);
    SubmissionResult submitted = ozg.submit("dog-tax", dog());
    ozg.runJobs(submitted.caseNumber());
    ProcessInstance instance = ozg.instance(submitted.caseNumber(), "dog-tax");
    engine.getRuntimeService().setVariable(instance.getId(), "effectiveDate", "+999999999-12-31");
    Task check =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(instance.getId())
            .singleResult();

    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> completed =
        http.withBasicAuth("tbraun", "tbraun")
            .postForEntity(
                "/engine-rest/task/" + check.getId() + "/complete",
                new HttpEntity<>(
                    "{\"variables\":{\"decision\":{\"value\":\"genehmigt\"}}}", headers),
                String.class);

    assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(completed.getBody()).contains("nicht abgeschlossen werden");
    assertThat(engine.getTaskService().createTaskQuery().taskId(check.getId()).count()).isOne();
  }

  private static Map<String, Object> dog() {
    Map<String, Object> fields = new HashMap<>();
    fields.put("registrationType", "anmeldung");
    fields.put("firstName", "Erika");
    fields.put("lastName", "Mustermann");
    fields.put("email", "erika.hund@example.org");
    fields.put("street", "Hohler Weg 3");
    fields.put("postalCode", "58636");
    fields.put("dogName", "Bello");
    fields.put("breed", "mischling");
    fields.put("effectiveDate", "2026-01-01");
    fields.put("dogsInHousehold", 0);
    return fields;
  }
}
