package de.iserlohn.digital.ozg.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import de.iserlohn.digital.ozg.OzgProcess;
import de.iserlohn.digital.ozg.OzgTestCases;
import de.iserlohn.digital.ozg.application.Applications;
import de.iserlohn.digital.ozg.application.SubmissionResult;
import de.iserlohn.digital.ozg.payment.Payment;
import de.iserlohn.digital.ozg.payment.Payments;
import de.iserlohn.digital.ozg.payment.TestPaymentProvider;
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
  static final String CERTIFICATE = "civil-status-certificate";

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired Applications applications;
  @Autowired Payments payments;
  @Autowired TestPaymentProvider provider;

  @Test
  void aClerkDecisionInTasklistIsNoMediaBreakButACertificateSentByPostIs() {
    init(engine);
    OzgTestCases ozg = new OzgTestCases(engine, applications);
    Map<String, Object> before = kpis();

    SubmissionResult automatic = ozg.submit(SERVICE, OzgTestCases.bulkyWaste("hennen", 1));
    ozg.runJobs(automatic.caseNumber());
    SubmissionResult manual = ozg.submit(SERVICE, OzgTestCases.bulkyWaste("kesbern", 1));
    ozg.runJobs(manual.caseNumber());
    complete(
        task(ozg.instance(manual.caseNumber(), SERVICE)),
        withVariables(OzgProcess.VAR_DECISION, OzgProcess.REJECTED));
    ozg.runJobs(manual.caseNumber());
    SubmissionResult open = ozg.submit(SERVICE, OzgTestCases.bulkyWaste("kesbern", 1));
    SubmissionResult byPost =
        ozg.submit(CERTIFICATE, OzgTestCases.civilStatusCertificate("selbst", 1, "post"));
    ozg.runJobs(byPost.caseNumber());
    Payment payment = payments.latestOf(byPost.caseNumber()).orElseThrow();
    payments.confirm(
        payment.reference(),
        "PAID",
        payment.amountCents(),
        provider.sign(payment.reference(), "PAID", payment.amountCents()));
    ozg.runJobs(byPost.caseNumber());
    complete(
        task(ozg.instance(byPost.caseNumber(), CERTIFICATE)), withVariables("dispatched", true));
    ozg.runJobs(byPost.caseNumber());
    Map<String, Object> after = kpis();

    assertThat(difference(before, after, SERVICE, "finished")).isEqualTo(2);
    assertThat(difference(before, after, SERVICE, "automatic")).as("no user task").isEqualTo(1);
    assertThat(difference(before, after, SERVICE, "withoutMediaBreak"))
        .as("the clerk's decision in Tasklist stays digital")
        .isEqualTo(2);
    assertThat(difference(before, after, CERTIFICATE, "finished")).isEqualTo(1);
    assertThat(difference(before, after, CERTIFICATE, "automatic")).isEqualTo(0);
    assertThat(difference(before, after, CERTIFICATE, "withoutMediaBreak"))
        .as("the certificate went by post")
        .isEqualTo(0);
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

  @Test
  void anInvertedPeriodIsABadRequestWithAMessage() {
    var answer =
        http.withBasicAuth("pklein", "pklein")
            .getForEntity("/api/ozg/kpis?from=2025-03-01&to=2025-02-01", Map.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().toString()).contains("Der Beginn liegt nach dem Ende");
  }

  private static long difference(
      Map<String, Object> before, Map<String, Object> after, String service, String key) {
    return number(service(after, service), key) - number(service(before, service), key);
  }

  private static Map<String, Object> service(Map<String, Object> kpis, String service) {
    return ((List<Map<String, Object>>) kpis.get("services"))
        .stream().filter(s -> service.equals(s.get("serviceId"))).findFirst().orElseThrow();
  }

  private static long number(Map<String, Object> service, String key) {
    return ((Number) service.get(key)).longValue();
  }
}
