package de.iserlohn.digital.hr.travel;

import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.hr.DmnTables;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One case per rule of {@code dmn/hr/travel-extra-approval.dmn}. */
class TravelExtraApprovalDecisionTests {

  static Object reason(boolean abroad, double cost, int days) {
    return DmnTables.evaluate(
            "travel-extra-approval.dmn",
            "travel-extra-approval",
            Map.of("abroad", abroad, "estimatedCost", cost, "travelDays", days))
        .getSingleResult()
        .getSingleEntry();
  }

  @Test
  void aTripAbroadNeedsHrEvenWhenCheapAndShort() {
    assertThat(reason(true, 100, 1)).isEqualTo("Auslandsdienstreise");
  }

  @Test
  void costsAboveTheLimitNeedHr() {
    assertThat(reason(false, 1500.01, 2)).isEqualTo("Geschätzte Kosten über 1.500 EUR");
    assertThat(reason(false, 1500.00, 2)).isNull();
  }

  @Test
  void tripsLongerThanFiveDaysNeedHr() {
    assertThat(reason(false, 800, 6)).isEqualTo("Dauer über 5 Tage");
    assertThat(reason(false, 800, 5)).isNull();
  }

  @Test
  void anOrdinaryDomesticTripNeedsTheSupervisorOnly() {
    assertThat(reason(false, 120, 1)).isNull();
  }
}
