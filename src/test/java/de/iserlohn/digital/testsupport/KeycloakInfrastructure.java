package de.iserlohn.digital.testsupport;

import java.util.Map;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points the {@code keycloak} profile at the test Keycloak, with the realm's demo secrets. */
public final class KeycloakInfrastructure
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    KeycloakServer keycloak = KeycloakServer.get();
    TestPropertyValues.of(
            Map.of(
                "KEYCLOAK_URL", keycloak.baseUrl(),
                "KEYCLOAK_WEBAPPS_CLIENT_SECRET", "demo-webapps-secret",
                "KEYCLOAK_ENGINE_CLIENT_SECRET", "demo-engine-secret",
                // expired tokens are refused at once, not after the default minute of clock skew
                "iserlohn.keycloak.clock-skew", "PT1S"))
        .applyTo(context);
  }
}
