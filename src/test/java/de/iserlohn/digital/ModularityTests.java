package de.iserlohn.digital;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
  void writesModuleDocumentation() throws IOException {
    Path folder = Files.createTempDirectory("modulith-docs");
    new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
        .writeDocumentation();

    String components = Files.readString(folder.resolve("components.puml"));
    for (ApplicationModule module : modules) {
      assertThat(components).as("component diagram").contains(module.getDisplayName());
      assertThat(folder.resolve("module-" + module.getName() + ".puml"))
          .as("diagram of " + module.getName())
          .exists();
      assertThat(Files.readString(folder.resolve("module-" + module.getName() + ".adoc")))
          .as("canvas of " + module.getName())
          .contains(module.getBasePackage().getName());
    }
    // the dependencies the modules document are the ones the code has
    assertThat(components).contains("\"Platform\"").contains("uses");
  }
}
