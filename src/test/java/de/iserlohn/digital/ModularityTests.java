package de.iserlohn.digital;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The domains are modules: only their API packages and events are used across boundaries. */
class ModularityTests {

  private final ApplicationModules modules =
      ApplicationModules.of(IserlohnDigitalApplication.class);

  @Test
  void verifiesTheModuleStructure() {
    modules.verify();
  }

  @Test
  void platformIsAModule() {
    assertThat(modules.stream().map(ApplicationModule::getName)).contains("platform");
  }

  @Test
  void writesModuleDocumentation() {
    new Documenter(modules).writeDocumentation();
  }
}
