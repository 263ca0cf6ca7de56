package de.iserlohn.digital.ozg.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.iserlohn.digital.IserlohnDigitalApplication;
import de.iserlohn.digital.ozg.OzgProperties;
import de.iserlohn.digital.testsupport.TestInfrastructure;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Finding 8 of issue 17: production never runs on demo secrets or the test payment provider. */
class ProductionSecretsTests {

  @Test
  void theProdProfileRefusesToStartWithoutTheSecretsItNeeds() {
    assertThatThrownBy(
            () ->
                new SpringApplicationBuilder(IserlohnDigitalApplication.class)
                    .web(WebApplicationType.NONE)
                    .profiles("prod")
                    .properties(
                        "iserlohn.data-dir=" + TestInfrastructure.newDataDir(),
                        "spring.datasource.url=jdbc:h2:mem:prodcheck",
                        "spring.main.banner-mode=off")
                    .run()
                    .close())
        .hasStackTraceContaining("The prod profile does not start")
        .hasStackTraceContaining("OZG_SECRET")
        .hasStackTraceContaining("OZG_PAYMENT_SECRET")
        .hasStackTraceContaining("OZG_PAYMENT_PROVIDER");
  }

  @Test
  void demoValuesAreNamedAndRealOnesPass() {
    OzgProperties demo =
        properties("", new OzgProperties.Payment("test", ProductionSecrets.DEMO_PAYMENT_SECRET));
    OzgProperties real =
        properties("k".repeat(40), new OzgProperties.Payment("epaybl", "s".repeat(40)));

    assertThat(ProductionSecrets.problems(demo)).hasSize(3);
    assertThat(ProductionSecrets.problems(real)).isEmpty();
  }

  @Test
  void withoutAConfiguredKeyAReplayAfterARestartGetsTheSameAccessCode(@TempDir Path dataDir) {
    String first = AccessCodes.of("", dataDir).derived("VG-2026-000001", "schluessel-1");

    String afterRestart = AccessCodes.of("", dataDir).derived("VG-2026-000001", "schluessel-1");

    assertThat(afterRestart).isEqualTo(first);
    assertThat(
            AccessCodes.of("", dataDir.resolve("anderer-knoten"))
                .derived("VG-2026-000001", "schluessel-1"))
        .isNotEqualTo(first);
  }

  private static OzgProperties properties(String secret, OzgProperties.Payment payment) {
    return new OzgProperties(
        "http://localhost",
        secret,
        14,
        14,
        java.util.Map.of(),
        new OzgProperties.Reply(java.util.List.of(), 5, 10),
        5,
        15,
        payment,
        new OzgProperties.MapTiles("", ""));
  }
}
