package de.iserlohn.digital.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.iserlohn.digital.testsupport.IntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@IntegrationTest
class SecurityIntegrationTests {

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Autowired FilterService filters;
  @Autowired ProcessEngine engine;
  @Autowired MeterRegistry meters;

  @Test
  void requestsAreTimedButSpringSecurityFiltersAreNot() {
    assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    assertThat(meters.find("http.server.requests").tag("uri", "/actuator/health").timer())
        .isNotNull();
    assertThat(meters.find("spring.security.filterchains").meters()).isEmpty();
    assertThat(meters.find("spring.security.http.secured.requests").meters()).isEmpty();
  }

  @LocalServerPort int port;

  @Test
  void engineRestTakesBasicAuthAndAppliesEngineAuthorisations() {
    assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(
            http.withBasicAuth("bschmidt", "bschmidt")
                .getForEntity("/engine-rest/task", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);

    ResponseEntity<String> createUser =
        http.withBasicAuth("bschmidt", "bschmidt")
            .postForEntity(
                "/engine-rest/user/create",
                new org.springframework.http.HttpEntity<>(
                    "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"x\"}}",
                    jsonHeaders()),
                String.class);
    assertThat(createUser.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
  }

  @Test
  void clerkWorksThroughTheSharedTasklistFiltersAndSeesOnlyTheirGroupsTasks() {
    String own = taskFor("stadtbetrieb", "Filter-Test Stadtbetrieb");
    String other = taskFor("umwelt", "Filter-Test Umwelt");
    TestRestTemplate clerk = http.withBasicAuth("skoch", "skoch");

    for (Filter filter : filters.createFilterQuery().list()) {
      ResponseEntity<String> list =
          clerk.postForEntity(
              "/engine-rest/filter/" + filter.getId() + "/list",
              new org.springframework.http.HttpEntity<>("{}", jsonHeaders()),
              String.class);
      assertThat(list.getStatusCode()).as(filter.getName()).isEqualTo(HttpStatus.OK);
      if (filter.getName().equals("Aufgaben meiner Gruppen")) {
        assertThat(list.getBody()).contains(own).doesNotContain(other);
      }
    }
  }

  private String taskFor(String orgUnit, String title) {
    String instance =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                "general-case", java.util.Map.of("title", title, "orgUnit", orgUnit))
            .getId();
    engine
        .getManagementService()
        .executeJob(
            engine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(instance)
                .singleResult()
                .getId());
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(instance)
        .singleResult()
        .getId();
  }

  @Test
  void metricsAreForProcessManagersOnly() {
    assertThat(
            http.withBasicAuth("bschmidt", "bschmidt")
                .getForEntity("/actuator/prometheus", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> metrics =
        http.withBasicAuth("pklein", "pklein").getForEntity("/actuator/prometheus", String.class);
    assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(metrics.getBody()).contains("jvm_memory_used_bytes");
  }

  @Test
  void demoClerkLogsIntoTasklistButNotIntoCockpit() throws Exception {
    assertThat(webappLogin("bschmidt", "tasklist")).isEqualTo(200);
    assertThat(webappLogin("bschmidt", "cockpit")).isEqualTo(403);
    assertThat(webappLogin("pklein", "cockpit")).isEqualTo(200);
    assertThat(webappLogin("demo", "admin")).isEqualTo(200);
    assertThat(webappLogin("pklein", "admin")).isEqualTo(403);
  }

  @Test
  void startPageAndTasklistAreReachableWithoutLogin() {
    assertThat(http.getForEntity("/", String.class).getBody()).contains("Iserlohn Digital");
    assertThat(http.getForEntity("/camunda/app/tasklist/", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  /** Logs into a Camunda webapp the way its login page does (CSRF cookie and header). */
  private int webappLogin(String user, String app) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String base = "http://127.0.0.1:" + port;
    HttpResponse<String> page =
        client.send(
            HttpRequest.newBuilder(URI.create(base + "/camunda/app/" + app + "/")).build(),
            HttpResponse.BodyHandlers.ofString());
    String csrf = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
    String form =
        "username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(user, StandardCharsets.UTF_8);
    HttpResponse<String> login =
        client.send(
            HttpRequest.newBuilder(
                    URI.create(base + "/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return login.statusCode();
  }

  private static org.springframework.http.HttpHeaders jsonHeaders() {
    var headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
    return headers;
  }

  @Test
  void rememberedLoginNeverAcceptsAWrongPasswordAndForgetsAChangedOne() {
    org.camunda.bpm.engine.identity.User user = identity.newUser("remembered");
    user.setPassword("erstes-Passwort");
    identity.saveUser(user);
    identity.createMembership("remembered", "buchhaltung");
    MutableClock clock = new MutableClock();
    var provider = new EngineIdentityAuthenticationProvider(identity, clock);
    try {
      assertThat(provider.authenticate(basic("remembered", "erstes-Passwort")).getAuthorities())
          .extracting(Object::toString)
          .containsExactly("GROUP_buchhaltung");

      org.camunda.bpm.engine.identity.User changed =
          identity.createUserQuery().userId("remembered").singleResult();
      changed.setPassword("zweites-Passwort");
      identity.saveUser(changed);
      assertThat(provider.authenticate(basic("remembered", "zweites-Passwort")).isAuthenticated())
          .isTrue();
      clock.advance(EngineIdentityAuthenticationProvider.REMEMBER);
      assertThatThrownBy(() -> provider.authenticate(basic("remembered", "erstes-Passwort")))
          .as(
              "the old password at the latest %s after the change",
              EngineIdentityAuthenticationProvider.REMEMBER)
          .isInstanceOf(org.springframework.security.authentication.BadCredentialsException.class);
      assertThatThrownBy(() -> provider.authenticate(basic("remembered", "falsch")))
          .as("a wrong one never is")
          .isInstanceOf(org.springframework.security.authentication.BadCredentialsException.class);
    } finally {
      identity.deleteMembership("remembered", "buchhaltung");
      identity.deleteUser("remembered");
    }
  }

  private static org.springframework.security.core.Authentication basic(String user, String pw) {
    return org.springframework.security.authentication.UsernamePasswordAuthenticationToken
        .unauthenticated(user, pw);
  }

  private static final class MutableClock extends java.time.Clock {
    private java.time.Instant now = java.time.Instant.parse("2026-11-21T10:00:00Z");

    void advance(java.time.Duration by) {
      now = now.plus(by);
    }

    @Override
    public java.time.ZoneId getZone() {
      return java.time.ZoneOffset.UTC;
    }

    @Override
    public java.time.Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public java.time.Instant instant() {
      return now;
    }
  }
}
