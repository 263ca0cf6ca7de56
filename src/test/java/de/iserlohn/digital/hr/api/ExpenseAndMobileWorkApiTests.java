package de.iserlohn.digital.hr.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import de.iserlohn.digital.hr.requests.HrRequest;
import de.iserlohn.digital.hr.travel.TravelRequestForm;
import de.iserlohn.digital.hr.travel.TravelRequests;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.testsupport.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

@IntegrationTest
class ExpenseAndMobileWorkApiTests {

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired ProcessEngine engine;
  @Autowired TravelRequests travelRequests;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @Test
  void aReceiptThatIsNoPdfOrImageIsRefusedAndNothingIsStored() {
    HrRequest trip = approvedTrip();
    long requests = count("hr_request");
    long documents = count("dokument");

    ResponseEntity<Map> answer =
        claim(trip, "23.40", "beleg.pdf", "<html>kein Beleg</html>".getBytes());

    assertFieldError(answer, "receipts", "keine PDF-, JPEG- oder PNG-Datei");
    assertThat(count("hr_request")).isEqualTo(requests);
    assertThat(count("dokument")).isEqualTo(documents);
  }

  @Test
  void aReceiptAboveFiveMegabytesIsRefused() {
    HrRequest trip = approvedTrip();
    byte[] big = new byte[5 * 1024 * 1024 + 1];
    System.arraycopy("%PDF-1.4".getBytes(), 0, big, 0, 8);

    assertFieldError(claim(trip, "23.40", "gross.pdf", big), "receipts", "größer als 5 MB");
  }

  @Test
  void negativeAmountsAndAnUnknownTripAreRefused() {
    HrRequest trip = approvedTrip();
    assertFieldError(
        claim(trip, "-10", "ticket.pdf", "%PDF-1.4 x".getBytes()),
        "receiptsAmount",
        "nicht negativ");

    LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("travelCaseNumber", "VG-1999-000001");
    body.add("departure", "2026-01-01T08:00");
    body.add("returnAt", "2026-01-01T18:00");
    assertFieldError(post("jmeyer", body), "travelCaseNumber", "keine genehmigte Dienstreise");
  }

  @Test
  void anotherEmployeeCannotClaimSomebodyElsesTrip() {
    HrRequest trip = approvedTrip();
    LinkedMultiValueMap<String, Object> body = fields(trip, "0");
    assertFieldError(post("fzimmer", body), "travelCaseNumber", "keine genehmigte Dienstreise");
  }

  @Test
  void aClaimWithAValidReceiptIsAcceptedAndListed() {
    HrRequest trip = approvedTrip();
    ResponseEntity<Map> answer = claim(trip, "23.40", "ticket.png", png());

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    List<Map<String, Object>> mine =
        http.withBasicAuth("jmeyer", "jmeyer").getForObject("/api/hr/requests", List.class);
    assertThat(mine)
        .anySatisfy(
            r -> {
              assertThat(r.get("caseNumber")).isEqualTo(answer.getBody().get("caseNumber"));
              assertThat(r.get("kind")).isEqualTo("REISEKOSTEN");
              assertThat(r.get("travelCaseNumber")).isEqualTo(trip.caseNumber());
            });
  }

  @Test
  void mobileWorkWithTheEndBeforeTheStartOrSixDaysAWeekIsRefused() {
    long before = count("hr_request");
    LocalDate start = LocalDate.now().plusDays(30);
    ResponseEntity<Map> answer =
        http.withBasicAuth("jmeyer", "jmeyer")
            .postForEntity(
                "/api/hr/mobile-work-requests",
                Map.of(
                    "startDate", start.toString(),
                    "endDate", start.minusDays(1).toString(),
                    "daysPerWeek", 6),
                Map.class);

    assertFieldError(answer, "endDate", "Das Ende muss nach dem Beginn liegen.");
    assertFieldError(answer, "daysPerWeek", "1 bis 5 Tage");
    assertThat(count("hr_request")).isEqualTo(before);
  }

  private long count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Long.class);
  }

  private static byte[] png() {
    return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
  }

  private HrRequest approvedTrip() {
    LocalDate day = LocalDate.now().minusDays(2);
    HrRequest trip =
        travelRequests.submit(
            new TravelRequestForm(
                "Iserlohn-Letmathe " + UUID.randomUUID(),
                false,
                day,
                day,
                "Ortstermin",
                "PKW",
                new BigDecimal("12")),
            new CurrentUser("jmeyer", Set.of("ordnungsamt")));
    BpmnAwareTests.assertThat(
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(trip.caseNumber())
            .singleResult());
    complete(task(), withVariables("supervisorDecision", "genehmigt"));
    execute(job());
    return trip;
  }

  private LinkedMultiValueMap<String, Object> fields(HrRequest trip, String amount) {
    LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("travelCaseNumber", trip.caseNumber());
    body.add("departure", trip.startDate() + "T08:00");
    body.add("returnAt", trip.startDate() + "T17:00");
    body.add("vehicle", "PKW");
    body.add("kilometres", "40");
    body.add("goodReason", "true");
    body.add("receiptsAmount", amount);
    return body;
  }

  private ResponseEntity<Map> claim(HrRequest trip, String amount, String name, byte[] content) {
    LinkedMultiValueMap<String, Object> body = fields(trip, amount);
    body.add(
        "receipts",
        new ByteArrayResource(content) {
          @Override
          public String getFilename() {
            return name;
          }
        });
    return post("jmeyer", body);
  }

  private ResponseEntity<Map> post(String user, LinkedMultiValueMap<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.withBasicAuth(user, user)
        .postForEntity("/api/hr/expense-claims", new HttpEntity<>(body, headers), Map.class);
  }

  private static void assertFieldError(ResponseEntity<Map> answer, String field, String text) {
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    List<Map<String, String>> errors = (List<Map<String, String>>) answer.getBody().get("errors");
    assertThat(errors)
        .anySatisfy(
            e -> {
              assertThat(e.get("field")).isEqualTo(field);
              assertThat(e.get("message")).contains(text);
            });
  }
}
