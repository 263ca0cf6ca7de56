package de.iserlohn.digital.ozg.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import de.iserlohn.digital.ozg.OzgTestCases;
import de.iserlohn.digital.ozg.application.Applications;
import de.iserlohn.digital.ozg.application.SubmissionResult;
import de.iserlohn.digital.ozg.process.OzgProcess;
import de.iserlohn.digital.testsupport.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

@IntegrationTest
class OzgKpiTests {

  static final String SERVICE = "bulky-waste-pickup";

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired Applications applications;

  @Test
  void processManagersSeeWhichApplicationsNeededNoClerk() {
    init(engine);
    OzgTestCases ozg = new OzgTestCases(engine, applications);
    Map<String, Object> before = bulkyWaste(kpis());

    SubmissionResult automatic = ozg.submit(SERVICE, OzgTestCases.bulkyWaste("hennen", 1));
    ozg.runJobs(automatic.caseNumber());
    SubmissionResult manual = ozg.submit(SERVICE, OzgTestCases.bulkyWaste("kesbern", 1));
    ozg.runJobs(manual.caseNumber());
    complete(
        task(ozg.instance(manual.caseNumber(), SERVICE)),
        withVariables(OzgProcess.VAR_DECISION, OzgProcess.REJECTED));
    ozg.runJobs(manual.caseNumber());
    SubmissionResult open = ozg.submit(SERVICE, OzgTestCases.bulkyWaste("kesbern", 1));
    Map<String, Object> after = bulkyWaste(kpis());

    assertThat(number(after, "finished") - number(before, "finished")).isEqualTo(2);
    assertThat(number(after, "withoutMediaBreak") - number(before, "withoutMediaBreak"))
        .isEqualTo(1);
    Map<String, Object> body =
        http.withBasicAuth("pklein", "pklein").getForObject("/api/ozg/kpis", Map.class);
    assertThat(((Map<String, Number>) body.get("openPerUnit")).get("stadtbetrieb").longValue())
        .isPositive();
    assertThat(open.caseNumber()).isNotNull();
  }

  @Test
  void clerksDoNotSeeTheKpis() {
    assertThat(
            http.withBasicAuth("bschmidt", "bschmidt")
                .getForEntity("/api/ozg/kpis", Map.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(http.getForEntity("/api/ozg/kpis", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private Map<String, Object> kpis() {
    return http.withBasicAuth("pklein", "pklein").getForObject("/api/ozg/kpis", Map.class);
  }

  private static Map<String, Object> bulkyWaste(Map<String, Object> kpis) {
    return ((List<Map<String, Object>>) kpis.get("services"))
        .stream().filter(s -> SERVICE.equals(s.get("serviceId"))).findFirst().orElseThrow();
  }

  private static long number(Map<String, Object> service, String key) {
    return ((Number) service.get(key)).longValue();
  }
}
