package de.iserlohn.digital.ozg.bulkywaste;

import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.ozg.OzgDmnTables;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One case per rule of {@code dmn/ozg/bulky-waste-slot.dmn} and {@code bulky-waste-fee.dmn}. */
class BulkyWasteDecisionTests {

  @ParameterizedTest(name = "{0}, {1} m³, Elektro {2} -> Wochentag {3}")
  @CsvSource({
    "innenstadt, 2, true, 0",
    "innenstadt, 9, false, 0",
    "innenstadt, 8, false, 2",
    "letmathe, 3, false, 3",
    "hennen, 1, false, 4",
    "suemmern, 1, false, 4",
    "iserlohnerheide, 5, false, 5",
    "kesbern, 1, false, 0"
  })
  void theDistrictsTourGivesThePickupWeekday(
      String district, long volume, boolean electrical, int weekday) {
    DmnDecisionResultEntries result =
        OzgDmnTables.evaluate(
                "bulky-waste-slot.dmn",
                "bulky-waste-slot",
                Map.of("district", district, "volume", volume, "electricalAppliances", electrical))
            .getSingleResult();

    assertThat(((Number) result.get("pickupWeekday")).intValue()).isEqualTo(weekday);
    assertThat(result.get("candidateGroup")).isEqualTo("stadtbetrieb");
  }

  @ParameterizedTest(name = "{0} m³ -> {1} EUR")
  @CsvSource({"3, 0", "4, 20", "6, 20", "7, 40"})
  void theFeeFollowsTheVolume(long volume, double fee) {
    DmnDecisionResultEntries result =
        OzgDmnTables.evaluate("bulky-waste-fee.dmn", "bulky-waste-fee", Map.of("volume", volume))
            .getSingleResult();

    assertThat(((Number) result.get("fee")).doubleValue()).isEqualTo(fee);
  }
}
