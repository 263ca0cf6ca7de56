package de.iserlohn.digital.hr.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.testsupport.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class TravelRequestApiTests {

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;

  Map<String, Object> valid() {
    LocalDate start = LocalDate.now().plusDays(7);
    return new java.util.HashMap<>(
        Map.of(
            "destination", "Arnsberg, Bezirksregierung",
            "abroad", false,
            "startDate", start.toString(),
            "endDate", start.toString(),
            "purpose", "Besprechung Gefahrenabwehr",
            "transport", "BAHN",
            "estimatedCost", "23.40"));
  }

  ResponseEntity<Map> post(String user, Map<String, Object> body) {
    return http.withBasicAuth(user, user).postForEntity("/api/hr/travel-requests", body, Map.class);
  }

  @Test
  void anEmployeeFilesARequestAndSeesItInTheirList() {
    ResponseEntity<Map> answer = post("jmeyer", valid());

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = (String) answer.getBody().get("caseNumber");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count())
        .isOne();
    List<Map<String, Object>> mine =
        http.withBasicAuth("jmeyer", "jmeyer").getForObject("/api/hr/requests", List.class);
    assertThat(mine).anySatisfy(r -> assertThat(r.get("caseNumber")).isEqualTo(caseNumber));
    List<Map<String, Object>> others =
        http.withBasicAuth("fzimmer", "fzimmer").getForObject("/api/hr/requests", List.class);
    assertThat(others).noneSatisfy(r -> assertThat(r.get("caseNumber")).isEqualTo(caseNumber));
  }

  @Test
  void datesInTheWrongOrderAreRejectedAndNothingIsStored() {
    Map<String, Object> body = valid();
    body.put("endDate", LocalDate.now().plusDays(2).toString());
    assertRejected(body, "endDate", "Das Ende der Dienstreise liegt vor ihrem Beginn.");
  }

  @Test
  void aTripBeyondTheClaimDeadlineIsRejected() {
    Map<String, Object> body = valid();
    body.put("startDate", LocalDate.now().minusMonths(7).toString());
    body.put("endDate", LocalDate.now().minusMonths(7).plusDays(1).toString());
    assertRejected(body, "startDate", "Die Dienstreise liegt mehr als sechs Monate zurück");
  }

  @Test
  void negativeOrAbsurdCostsAreRejected() {
    Map<String, Object> body = valid();
    body.put("estimatedCost", "-5");
    assertRejected(body, "estimatedCost", "Die Kosten dürfen nicht negativ sein.");
    body.put("estimatedCost", "9999999");
    assertRejected(body, "estimatedCost", "unplausibel hoch");
  }

  @Test
  void missingFieldsAndAnUnknownTransportAreNamedOneByOne() {
    Map<String, Object> body = valid();
    body.remove("destination");
    body.put("transport", "RAKETE");
    ResponseEntity<Map> answer = assertRejected(body, "destination", "Reiseziel");
    assertThat(answer.getBody().get("errors").toString()).contains("transport");
  }

  @Test
  void somebodyOutsideTheDirectoryCannotFileARequest() {
    assertRejected("bschmidt", valid(), "employee", "Personalverzeichnis");
  }

  private ResponseEntity<Map> assertRejected(Map<String, Object> body, String field, String text) {
    return assertRejected("jmeyer", body, field, text);
  }

  private ResponseEntity<Map> assertRejected(
      String user, Map<String, Object> body, String field, String text) {
    long requestsBefore = jdbc.queryForObject("select count(*) from hr_request", Long.class);
    long instancesBefore =
        runtime.createProcessInstanceQuery().processDefinitionKey("travel-request").count();

    ResponseEntity<Map> answer = post(user, body);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    List<Map<String, String>> errors = (List<Map<String, String>>) answer.getBody().get("errors");
    assertThat(errors)
        .anySatisfy(
            e -> {
              assertThat(e.get("field")).isEqualTo(field);
              assertThat(e.get("message")).contains(text);
            });
    assertThat(jdbc.queryForObject("select count(*) from hr_request", Long.class))
        .isEqualTo(requestsBefore);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("travel-request").count())
        .isEqualTo(instancesBefore);
    return answer;
  }
}
