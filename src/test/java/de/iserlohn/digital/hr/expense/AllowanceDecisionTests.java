package de.iserlohn.digital.hr.expense;

import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.hr.DmnTables;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.Test;

/**
 * Worked examples for the LRKG NRW tables, one per rule: {@code per-diem.dmn}, {@code
 * meal-reduction.dmn}, {@code mileage-allowance.dmn}.
 */
class AllowanceDecisionTests {

  static double perDiem(double hours, String dayKind) {
    Object v =
        DmnTables.evaluate(
                "per-diem.dmn", "per-diem", Map.of("absenceHours", hours, "dayKind", dayKind))
            .getSingleResult()
            .getSingleEntry();
    return ((Number) v).doubleValue();
  }

  @Test
  void arrivalOrDepartureDayOfAMultiDayTripGetsFourteenEuros() {
    // Abreise 15:00 zum Seminar in Münster: 9 Stunden am ersten Tag, aber auch 3 Stunden genügen
    assertThat(perDiem(9, "ANREISE_ABREISE")).isEqualTo(14.0);
    assertThat(perDiem(3, "ANREISE_ABREISE")).isEqualTo(14.0);
  }

  @Test
  void aFullDayInBetweenGetsTwentyEightEuros() {
    assertThat(perDiem(24, "ZWISCHENTAG")).isEqualTo(28.0);
  }

  @Test
  void aOneDayTripOfMoreThanEightHoursGetsFourteenEuros() {
    // 07:00 bis 16:30 in Düsseldorf: 9,5 Stunden
    assertThat(perDiem(9.5, "EINTAEGIG")).isEqualTo(14.0);
    assertThat(perDiem(8.01, "EINTAEGIG")).isEqualTo(14.0);
  }

  @Test
  void aOneDayTripOfEightHoursOrLessGetsNothing() {
    assertThat(perDiem(8, "EINTAEGIG")).isEqualTo(0.0);
    assertThat(perDiem(4, "EINTAEGIG")).isEqualTo(0.0);
  }

  static double reduction(String meal) {
    return ((Number)
            DmnTables.evaluate("meal-reduction.dmn", "meal-reduction", Map.of("meal", meal))
                .getSingleResult()
                .getSingleEntry())
        .doubleValue();
  }

  @Test
  void aProvidedBreakfastReducesByTwentyPercentOfTheFullDay() {
    assertThat(reduction("FRUEHSTUECK")).isEqualTo(5.60);
  }

  @Test
  void aProvidedLunchReducesByFortyPercentOfTheFullDay() {
    assertThat(reduction("MITTAGESSEN")).isEqualTo(11.20);
  }

  @Test
  void aProvidedDinnerReducesByFortyPercentOfTheFullDay() {
    assertThat(reduction("ABENDESSEN")).isEqualTo(11.20);
  }

  static DmnDecisionResultEntries mileage(String vehicle, Boolean goodReason) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("vehicle", vehicle);
    vars.put("goodReason", goodReason);
    return DmnTables.evaluate("mileage-allowance.dmn", "mileage-allowance", vars).getSingleResult();
  }

  @Test
  void aPrivateCarWithGoodReasonGetsThirtyCentsPerKmWithoutCap() {
    DmnDecisionResultEntries r = mileage("PKW", true);
    assertThat(((Number) r.getEntry("ratePerKm")).doubleValue()).isEqualTo(0.30);
    assertThat(r).doesNotContainKey("maxAmount");
  }

  @Test
  void aPrivateCarWithoutGoodReasonGetsTwentyCentsPerKmUpToOneHundredEuros() {
    DmnDecisionResultEntries r = mileage("PKW", false);
    assertThat(((Number) r.getEntry("ratePerKm")).doubleValue()).isEqualTo(0.20);
    assertThat(((Number) r.getEntry("maxAmount")).doubleValue()).isEqualTo(100.0);
  }

  @Test
  void aMotorcycleGetsThirteenCentsPerKm() {
    DmnDecisionResultEntries r = mileage("MOTORRAD", false);
    assertThat(((Number) r.getEntry("ratePerKm")).doubleValue()).isEqualTo(0.13);
  }
}
