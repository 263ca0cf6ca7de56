package de.iserlohn.digital.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.platform.PlatformProperties;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class EngineSetupTests {

  @Test
  void demoIdentityIsNeverSeededWithTheProdProfile() {
    assertThat(setup(true, "prod").demoDataAllowed()).isFalse();
    assertThat(setup(true, "postgres", "prod").demoDataAllowed()).isFalse();
  }

  @Test
  void demoIdentityIsSeededByDefaultAndCanBeSwitchedOff() {
    assertThat(setup(true).demoDataAllowed()).isTrue();
    assertThat(setup(true, "postgres").demoDataAllowed()).isTrue();
    assertThat(setup(false).demoDataAllowed()).isFalse();
  }

  @Test
  void everyClerkUnitHasADemoClerk() {
    for (String unit : de.iserlohn.digital.platform.identity.OrgUnits.CLERK_UNITS) {
      assertThat(DemoIdentity.USERS).anySatisfy(u -> assertThat(u.groups()).contains(unit));
      assertThat(DemoIdentity.GROUP_NAMES).containsKey(unit);
    }
  }

  private static EngineSetup setup(boolean demoData, String... profiles) {
    MockEnvironment environment = new MockEnvironment();
    environment.setActiveProfiles(profiles);
    PlatformProperties properties =
        new PlatformProperties(
            Path.of("data"),
            new PlatformProperties.DemoData(demoData),
            new PlatformProperties.Mail("x@example.org"));
    return new EngineSetup(null, null, null, properties, environment);
  }
}
