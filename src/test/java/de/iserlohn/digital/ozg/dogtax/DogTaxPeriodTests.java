package de.iserlohn.digital.ozg.dogtax;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DogTaxPeriodTests {

  @ParameterizedTest(name = "gehalten seit {0} -> Steuer ab {1}")
  @CsvSource({"2026-03-01, 2026-04-01", "2026-03-17, 2026-04-01", "2026-12-05, 2027-01-01"})
  void theTaxStartsWithTheMonthAfterTheDogWasTakenIn(LocalDate since, LocalDate from) {
    assertThat(DogTaxPeriod.taxFrom(since)).isEqualTo(from);
  }

  @ParameterizedTest(name = "gehalten bis {0} -> Steuer bis {1}")
  @CsvSource({"2026-02-10, 2026-02-28", "2028-02-01, 2028-02-29", "2026-12-31, 2026-12-31"})
  void theTaxEndsWithTheMonthTheKeepingEnded(LocalDate until, LocalDate last) {
    assertThat(DogTaxPeriod.taxUntil(until)).isEqualTo(last);
  }

  @ParameterizedTest(name = "Steuer ab {0}, 132 EUR/Jahr -> {1} EUR in 2026")
  @CsvSource({
    "2026-01-01, 132.00",
    "2026-04-01, 99.00",
    "2026-12-01, 11.00",
    "2025-07-01, 132.00",
    "2027-01-01, 0.00"
  })
  void theCurrentYearIsChargedPerMonthOfLiability(LocalDate taxFrom, BigDecimal amount) {
    assertThat(DogTaxPeriod.amountIn(2026, taxFrom, new BigDecimal("132")))
        .isEqualByComparingTo(amount);
  }

  @Test
  void oddRatesAreRoundedToCents() {
    assertThat(DogTaxPeriod.amountIn(2026, LocalDate.of(2026, 6, 1), new BigDecimal("100")))
        .isEqualByComparingTo("58.33");
  }
}
