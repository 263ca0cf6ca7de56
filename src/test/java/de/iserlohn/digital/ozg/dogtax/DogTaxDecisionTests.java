package de.iserlohn.digital.ozg.dogtax;

import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.ozg.OzgDmnTables;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One case per rule of {@code dmn/ozg/dog-listed-breed.dmn} and {@code dog-tax-rate.dmn}. */
class DogTaxDecisionTests {

  @ParameterizedTest(name = "{0} -> Listenhund {1}")
  @CsvSource({
    "pitbull-terrier, true, § 3 Abs. 2 LHundG NRW",
    "bullterrier, true, § 3 Abs. 2 LHundG NRW",
    "rottweiler, true, § 10 Abs. 1 LHundG NRW",
    "mastino-napoletano, true, § 10 Abs. 1 LHundG NRW",
    "kreuzung-listenhund, true, § 3 Abs. 2 / § 10 Abs. 1 LHundG NRW (Kreuzung)",
    "labrador-retriever, false, kein Listenhund",
    "mischling, false, kein Listenhund"
  })
  void theBreedDecidesWhetherTheDogIsListed(String breed, boolean listed, String legalBasis) {
    DmnDecisionResultEntries result =
        OzgDmnTables.evaluate("dog-listed-breed.dmn", "dog-listed-breed", Map.of("breed", breed))
            .getSingleResult();

    assertThat(result.get("listedDog")).isEqualTo(listed);
    assertThat(result.get("legalBasis")).isEqualTo(legalBasis);
  }

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
