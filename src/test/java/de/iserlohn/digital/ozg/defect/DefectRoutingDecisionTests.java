package de.iserlohn.digital.ozg.defect;

import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.ozg.OzgDmnTables;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One case per rule of {@code dmn/ozg/defect-report-routing.dmn}. */
class DefectRoutingDecisionTests {

  @ParameterizedTest(name = "{0} -> {1}, Priorität {2}")
  @CsvSource({
    "ueberfuellter-behaelter, stadtbetrieb, 50",
    "schlagloch, stadtbetrieb, 80",
    "strassenlaterne, stadtbetrieb, 60",
    "wilder-muell, umwelt, 50"
  })
  void theCategoryGivesUnitAndPriority(String category, String unit, int priority) {
    DmnDecisionResultEntries result =
        OzgDmnTables.evaluate(
                "defect-report-routing.dmn", "defect-report-routing", Map.of("category", category))
            .getSingleResult();

    assertThat(result.get("candidateGroup")).isEqualTo(unit);
    assertThat(((Number) result.get("priority")).intValue()).isEqualTo(priority);
  }
}
