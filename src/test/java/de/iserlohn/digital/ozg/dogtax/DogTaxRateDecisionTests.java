package de.iserlohn.digital.ozg.dogtax;

import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.ozg.OzgDmnTables;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One case per rule of {@code dmn/ozg/dog-tax-rate.dmn}. */
class DogTaxRateDecisionTests {

  @ParameterizedTest(name = "gelistet {0}, {1}. Hund -> {2} EUR ({3})")
  @CsvSource({
    "true, 1, 660, gefährlicher Hund",
    "true, 3, 660, gefährlicher Hund",
    "false, 1, 132, erster Hund",
    "false, 2, 168, zweiter Hund",
    "false, 3, 204, dritter und weiterer Hund",
    "false, 5, 204, dritter und weiterer Hund"
  })
  void theYearlyRateFollowsListAndNumberOfDogs(
      boolean listed, long dogCount, double rate, String reason) {
    DmnDecisionResultEntries result =
        OzgDmnTables.evaluate(
                "dog-tax-rate.dmn",
                "dog-tax-rate",
                Map.of("listedDog", listed, "dogCount", dogCount))
            .getSingleResult();

    assertThat(((Number) result.get("yearlyRate")).doubleValue()).isEqualTo(rate);
    assertThat(result.get("rateReason")).isEqualTo(reason);
  }
}
