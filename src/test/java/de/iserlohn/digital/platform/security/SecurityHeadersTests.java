package de.iserlohn.digital.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.testsupport.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Finding 13 of issue 17: security headers on pages, SameSite sessions, no sessions for 401. */
@IntegrationTest
class SecurityHeadersTests {

  @Autowired TestRestTemplate http;

  @Test
  void pagesSendAContentSecurityPolicyAndAReferrerPolicy() {
    for (String page : List.of("/", "/portal/", "/swagger-ui/index.html", "/smartcity/karte")) {
      HttpHeaders headers = http.getForEntity(page, String.class).getHeaders();
      assertThat(headers.get("Content-Security-Policy"))
          .as(page)
          .singleElement()
          .satisfies(
              csp ->
                  assertThat(csp)
                      .contains("default-src 'self'", "script-src 'self'", "object-src 'none'")
                      .doesNotContain("unsafe-eval"));
      assertThat(headers.getFirst("Referrer-Policy"))
          .as(page)
          .isEqualTo("strict-origin-when-cross-origin");
    }
  }

  @Test
  void theWebappsKeepTheirOwnSinglePolicy() {
    HttpHeaders headers = http.getForEntity("/camunda/app/tasklist/", String.class).getHeaders();

    assertThat(headers.get("Content-Security-Policy"))
        .singleElement()
        .satisfies(csp -> assertThat(csp).contains("'strict-dynamic'"));
    assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
  }

  @Test
  void theSessionCookieIsSameSiteLax() {
    ResponseEntity<String> portal =
        http.getForEntity("/portal/dienste/bulky-waste-pickup", String.class);

    assertThat(portal.getHeaders().get(HttpHeaders.SET_COOKIE))
        .filteredOn(c -> c.startsWith("JSESSIONID="))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c).contains("SameSite=Lax").contains("HttpOnly"));
  }

  @Test
  void anAnonymous401OnTheActuatorCreatesNoSession() {
    ResponseEntity<String> refused = http.getForEntity("/actuator/prometheus", String.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(refused.getHeaders().get(HttpHeaders.SET_COOKIE)).isNull();
  }
}
