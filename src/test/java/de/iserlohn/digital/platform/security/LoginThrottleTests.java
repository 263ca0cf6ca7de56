package de.iserlohn.digital.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.testsupport.IntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Finding 6 of issue 17: wrong passwords lock the client that sends them, for a while only. */
@IntegrationTest
class LoginThrottleTests {

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;

  @Test
  void wrongPasswordsForTheAdministratorLockTheAttackerNotTheAdministrator() {
    String attacker = "203.0.113.61";
    for (int i = 0; i < 10; i++) {
      assertThat(get("demo", "falsch" + i, attacker).getStatusCode())
          .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    ResponseEntity<String> refused = get("demo", "demo", attacker);
    ResponseEntity<String> administrator = get("demo", "demo", "198.51.100.62");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(refused.getHeaders().getFirst("Retry-After")).isNotBlank();
    assertThat(refused.getBody()).contains("Zu viele falsche Anmeldeversuche");
    assertThat(administrator.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void oneWrongTryDoesNotBlockTheRightPassword() {
    User user = identity.newUser("vertipper");
    user.setPassword("richtiges-Passwort");
    identity.saveUser(user);
    identity.createMembership("vertipper", "buchhaltung");
    String client = "198.51.100.63";

    assertThat(get("vertipper", "richtiges-Passwrot", client).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(get("vertipper", "richtiges-Passwort", client).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  private ResponseEntity<String> get(String user, String password, String client) {
    HttpHeaders headers = new HttpHeaders();
    headers.set("X-Forwarded-For", client);
    return http.withBasicAuth(user, password)
        .exchange(
            "/engine-rest/task?maxResults=1",
            HttpMethod.GET,
            new HttpEntity<>(headers),
            String.class);
  }
}
