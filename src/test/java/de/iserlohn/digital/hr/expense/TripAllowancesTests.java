package de.iserlohn.digital.hr.expense;

import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.hr.DmnTables;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Worked examples of a whole claim, computed with the real LRKG NRW tables. */
class TripAllowancesTests {

  final TripAllowances allowances =
      new TripAllowances(
          (key, vars) -> DmnTables.evaluate(key + ".dmn", key, vars).getSingleResult());

  static LocalDateTime at(String iso) {
    return LocalDateTime.parse(iso);
  }

  @Test
  void aDayTripToDuesseldorfWithLunchProvided() {
    // 07:00-16:30 = 9,5 h -> 14,00; Mittagessen gestellt -> -11,20; Bahn 23,40 belegt
    TripAllowances.Result r =
        allowances.compute(
            at("2026-03-10T07:00"),
            at("2026-03-10T16:30"),
            0,
            1,
            0,
            null,
            0,
            false,
            new BigDecimal("23.40"));

    assertThat(r.perDiem()).isEqualByComparingTo("14.00");
    assertThat(r.mealReduction()).isEqualByComparingTo("11.20");
    assertThat(r.total()).isEqualByComparingTo("26.20");
  }

  @Test
  void aShortDayTripGetsNoPerDiem() {
    TripAllowances.Result r =
        allowances.compute(
            at("2026-03-10T08:00"),
            at("2026-03-10T13:00"),
            0,
            0,
            0,
            "PKW",
            48,
            true,
            BigDecimal.ZERO);

    assertThat(r.perDiem()).isEqualByComparingTo("0.00");
    assertThat(r.mileage()).isEqualByComparingTo("14.40");
    assertThat(r.total()).isEqualByComparingTo("14.40");
  }

  @Test
  void aThreeDaySeminarWithBreakfastInTheHotel() {
    // Mo 08:00 - Mi 18:00: 14 + 28 + 14 = 56,00; 2 Frühstücke -> -11,20
    TripAllowances.Result r =
        allowances.compute(
            at("2026-03-09T08:00"),
            at("2026-03-11T18:00"),
            2,
            0,
            0,
            null,
            0,
            false,
            new BigDecimal("238.00"));

    assertThat(r.perDiem()).isEqualByComparingTo("56.00");
    assertThat(r.mealReduction()).isEqualByComparingTo("11.20");
    assertThat(r.total()).isEqualByComparingTo("282.80");
  }

  @Test
  void reductionsNeverExceedThePerDiem() {
    TripAllowances.Result r =
        allowances.compute(
            at("2026-03-10T07:00"),
            at("2026-03-10T19:00"),
            1,
            1,
            1,
            null,
            0,
            false,
            BigDecimal.ZERO);

    assertThat(r.mealReduction()).isEqualByComparingTo("14.00");
    assertThat(r.total()).isEqualByComparingTo("0.00");
  }

  @Test
  void theSmallMileageAllowanceIsCappedAtOneHundredEuros() {
    TripAllowances.Result withReason =
        allowances.compute(
            at("2026-03-10T06:00"),
            at("2026-03-10T20:00"),
            0,
            0,
            0,
            "PKW",
            600,
            true,
            BigDecimal.ZERO);
    TripAllowances.Result withoutReason =
        allowances.compute(
            at("2026-03-10T06:00"),
            at("2026-03-10T20:00"),
            0,
            0,
            0,
            "PKW",
            600,
            false,
            BigDecimal.ZERO);
    TripAllowances.Result motorcycle =
        allowances.compute(
            at("2026-03-10T06:00"),
            at("2026-03-10T20:00"),
            0,
            0,
            0,
            "MOTORRAD",
            100,
            false,
            BigDecimal.ZERO);

    assertThat(withReason.mileage()).isEqualByComparingTo("180.00");
    assertThat(withoutReason.mileage()).isEqualByComparingTo("100.00");
    assertThat(motorcycle.mileage()).isEqualByComparingTo("13.00");
  }
}
