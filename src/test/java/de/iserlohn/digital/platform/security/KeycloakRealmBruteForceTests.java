package de.iserlohn.digital.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Finding 6 of issue 17 in the {@code keycloak} profile: the realm's brute-force detection locks
 * temporarily, never for good, so that failed logins cannot shut a user (an administrator) out.
 */
class KeycloakRealmBruteForceTests {

  @Test
  void theRealmLocksTemporarilyAndNeverPermanently() throws IOException {
    JsonNode realm =
        new ObjectMapper().readTree(Path.of("docker/keycloak/iserlohn-realm.json").toFile());

    assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
    assertThat(realm.path("permanentLockout").isBoolean()).isTrue();
    assertThat(realm.path("permanentLockout").asBoolean()).isFalse();
    assertThat(realm.path("maxTemporaryLockouts").asInt(-1)).isZero();
    assertThat(realm.path("failureFactor").asInt()).isBetween(5, 30);
    assertThat(realm.path("maxFailureWaitSeconds").asInt()).isBetween(60, 900);
    assertThat(realm.path("maxDeltaTimeSeconds").asInt()).isPositive();
  }
}
