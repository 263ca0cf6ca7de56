package de.iserlohn.digital.ozg.parking;

import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.ozg.OzgDmnTables;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One case per rule of the resident-parking tables, and the permit's validity. */
class ResidentParkingDecisionTests {

  @ParameterizedTest(name = "{0} -> Zone {1}")
  @CsvSource({
    "alter-rathausplatz, A",
    "mendener-strasse, B",
    "theodor-heuss-ring, C",
    "andere, keine"
  })
  void theStreetGivesTheZone(String street, String zone) {
    DmnDecisionResultEntries result =
        OzgDmnTables.evaluate(
                "resident-parking-zone.dmn", "resident-parking-zone", Map.of("streetName", street))
            .getSingleResult();

    assertThat(result.get("zone")).isEqualTo(zone);
    assertThat(result.get("candidateGroup")).isEqualTo("ordnungsamt");
  }

  @ParameterizedTest(name = "Zone {0} -> {1} EUR")
  @CsvSource({"A, 36", "B, 30", "keine, 30"})
  void theZoneGivesTheFee(String zone, double fee) {
    DmnDecisionResultEntries result =
        OzgDmnTables.evaluate(
                "resident-parking-permit-fee.dmn",
                "resident-parking-permit-fee",
                Map.of("zone", zone))
            .getSingleResult();

    assertThat(((Number) result.get("fee")).doubleValue()).isEqualTo(fee);
  }

  @Test
  void aPermitHoldsOneYearAndIsRemindedFourWeeksBeforeItEnds() {
    PermitValidity validity = PermitValidity.issuedOn(LocalDate.of(2026, 3, 1));

    assertThat(validity.validUntil()).isEqualTo(LocalDate.of(2027, 2, 28));
    assertThat(validity.reminderDay()).isEqualTo(LocalDate.of(2027, 1, 31));
  }
}
