package de.iserlohn.digital.platform.engine;

import de.iserlohn.digital.platform.PlatformProperties;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Runs the engine setup once the engine has deployed the models: standing authorisations and
 * Tasklist filters always, the demo identity only when demo data is enabled and no {@code prod}
 * profile is active.
 */
@Component
class EngineSetup {

  private static final Logger LOG = LoggerFactory.getLogger(EngineSetup.class);

  private final EngineAuthorizationSetup authorizations;
  private final TasklistFilters filters;
  private final DemoIdentity demoIdentity;
  private final PlatformProperties properties;
  private final Environment environment;

  EngineSetup(
      EngineAuthorizationSetup authorizations,
      TasklistFilters filters,
      DemoIdentity demoIdentity,
      PlatformProperties properties,
      Environment environment) {
    this.authorizations = authorizations;
    this.filters = filters;
    this.demoIdentity = demoIdentity;
    this.properties = properties;
    this.environment = environment;
  }

  @EventListener(ApplicationReadyEvent.class)
  void onEngineReady() {
    try {
      applyAll();
    } catch (RuntimeException e) {
      // two nodes starting on a fresh database seed at the same moment: the second try sees the
      // first node's rows and only adds what is missing
      LOG.warn("Engine setup collided with another node, trying once more: {}", e.getMessage());
      applyAll();
    }
  }

  private void applyAll() {
    authorizations.apply();
    filters.apply();
    if (demoDataAllowed()) {
      demoIdentity.apply();
    } else {
      LOG.info("Demo identity not seeded (prod profile or iserlohn.demo-data.enabled=false)");
    }
  }

  boolean demoDataAllowed() {
    boolean prod = Arrays.asList(environment.getActiveProfiles()).contains("prod");
    return properties.demoData().enabled() && !prod;
  }
}
