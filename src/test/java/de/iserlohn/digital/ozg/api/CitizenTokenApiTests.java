package de.iserlohn.digital.ozg.api;

import static de.iserlohn.digital.testsupport.KeycloakServer.FOREIGN_REALM;
import static de.iserlohn.digital.testsupport.KeycloakServer.REALM;
import static de.iserlohn.digital.testsupport.KeycloakServer.SHORT_LIVED_CLIENT;
import static de.iserlohn.digital.testsupport.KeycloakServer.TEST_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.iserlohn.digital.ozg.OzgTestCases;
import de.iserlohn.digital.testsupport.KeycloakIntegrationTest;
import de.iserlohn.digital.testsupport.KeycloakServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Citizens with a Keycloak account use the OZG API with their token (profile {@code keycloak}):
 * what they submit is theirs, they open and list it without access code, and nobody else's token
 * opens it. Tokens come from the real Keycloak by password grant.
 */
@KeycloakIntegrationTest
class CitizenTokenApiTests {

  private static final String SUBMIT = OzgApiTests.SUBMIT;
  private static final String APPLICATIONS = "/api/ozg/applications";

  private final KeycloakServer keycloak = KeycloakServer.get();

  @Autowired TestRestTemplate http;

  @Test
  void aSignedInCitizenFollowsTheirApplicationWithoutAccessCodeAndNobodyElseSeesIt() {
    String max = token("mmuster");
    ResponseEntity<Map> created =
        exchange(HttpMethod.POST, SUBMIT, max, OzgTestCases.bulkyWaste("kesbern", 2));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = (String) created.getBody().get("caseNumber");

    ResponseEntity<Map> own = get(APPLICATIONS + "/" + caseNumber, max);
    assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(own.getBody())
        .containsEntry("caseNumber", caseNumber)
        .containsEntry("status", "EINGEGANGEN");
    List<Map<String, Object>> documents =
        (List<Map<String, Object>>) own.getBody().get("documents");
    String applicationDocument =
        documents.stream()
            .filter(d -> "ANTRAG".equals(d.get("documentType")))
            .map(d -> (String) d.get("id"))
            .findFirst()
            .orElseThrow();
    ResponseEntity<String> download =
        http.exchange(
            APPLICATIONS + "/" + caseNumber + "/documents/" + applicationDocument,
            HttpMethod.GET,
            new HttpEntity<>(headers(max)),
            String.class);
    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(download.getBody()).contains("Schillerplatz 7");
    assertThat(list(max)).contains(caseNumber);

    String erika = token("emuster");
    assertThat(get(APPLICATIONS + "/" + caseNumber, erika).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(list(erika)).doesNotContain(caseNumber);

    // the clerk of the responsible unit works the case in the case file, not as its citizen
    String clerk = token("skoch");
    assertThat(get(APPLICATIONS + "/" + caseNumber, clerk).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(list(clerk)).doesNotContain(caseNumber);
    assertThat(get("/api/cases/" + caseNumber, clerk).getStatusCode()).isEqualTo(HttpStatus.OK);

    assertThat(get(APPLICATIONS + "/" + caseNumber, null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get(APPLICATIONS, null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    // the access code of the confirmation still opens it, e.g. for a relative without the account
    assertThat(
            get(APPLICATIONS + "/" + caseNumber, null, (String) created.getBody().get("accessCode"))
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void anAnonymousApplicationIsNotAddedToTheAccountOfWhoeverKnowsItsNumber() {
    ResponseEntity<Map> created =
        exchange(HttpMethod.POST, SUBMIT, null, OzgTestCases.bulkyWaste("kesbern", 2));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = (String) created.getBody().get("caseNumber");
    String code = (String) created.getBody().get("accessCode");

    String max = token("mmuster");
    assertThat(get(APPLICATIONS + "/" + caseNumber, max).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(list(max)).doesNotContain(caseNumber);
    // with the code a signed-in citizen opens it like anybody else
    assertThat(get(APPLICATIONS + "/" + caseNumber, max, code).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void aTokenThatIsNotValidIsRefusedAndNotTakenAsAnonymous() {
    String caseNumber =
        (String)
            exchange(
                    HttpMethod.POST, SUBMIT, token("mmuster"), OzgTestCases.bulkyWaste("hennen", 2))
                .getBody()
                .get("caseNumber");
    long before = list(token("mmuster")).size();

    assertThat(get(APPLICATIONS, "not-a-token").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(
            get(APPLICATIONS, keycloak.passwordToken(FOREIGN_REALM, TEST_CLIENT, "mmuster"))
                .getStatusCode())
        .as("a token of another realm")
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(
            get(APPLICATIONS, keycloak.passwordToken(REALM, "admin-cli", "mmuster"))
                .getStatusCode())
        .as("a token without the API audience")
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(
            exchange(HttpMethod.POST, SUBMIT, "not-a-token", OzgTestCases.bulkyWaste("hennen", 2))
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    String shortLived = keycloak.passwordToken(REALM, SHORT_LIVED_CLIENT, "mmuster");
    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () ->
                get(APPLICATIONS + "/" + caseNumber, shortLived).getStatusCode()
                    == HttpStatus.UNAUTHORIZED);
    assertThat(
            exchange(HttpMethod.POST, SUBMIT, shortLived, OzgTestCases.bulkyWaste("hennen", 2))
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    // nothing was submitted with the refused tokens
    assertThat(list(token("mmuster"))).hasSize((int) before);
  }

  private String token(String user) {
    return keycloak.passwordToken(REALM, TEST_CLIENT, user);
  }

  private List<String> list(String token) {
    ResponseEntity<List> answer =
        http.exchange(APPLICATIONS, HttpMethod.GET, new HttpEntity<>(headers(token)), List.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return ((List<Map<String, Object>>) answer.getBody())
        .stream().map(a -> (String) a.get("caseNumber")).toList();
  }

  private ResponseEntity<Map> get(String path, String token) {
    return get(path, token, null);
  }

  private ResponseEntity<Map> get(String path, String token, String accessCode) {
    HttpHeaders headers = headers(token);
    if (accessCode != null) {
      headers.set(OzgApiController.ACCESS_CODE, accessCode);
    }
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), Map.class);
  }

  private ResponseEntity<Map> exchange(
      HttpMethod method, String path, String token, Map<String, Object> body) {
    return http.exchange(path, method, new HttpEntity<>(body, headers(token)), Map.class);
  }

  private static HttpHeaders headers(String token) {
    HttpHeaders headers = new HttpHeaders();
    if (token != null) {
      headers.setBearerAuth(token);
    }
    return headers;
  }
}
