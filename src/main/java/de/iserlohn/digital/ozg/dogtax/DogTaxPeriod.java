package de.iserlohn.digital.ozg.dogtax;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * When the dog tax starts and ends, and the pro-rata amount of a calendar year, after the NRW model
 * statute (Mustersatzung): the tax is owed from the first day of the month after the dog was taken
 * in, until the last day of the month in which the keeping ended; a year is charged per started
 * month of liability, one twelfth of the yearly rate each.
 */
final class DogTaxPeriod {

  private DogTaxPeriod() {}

  /** The first day of the tax: the first of the month after the dog was taken in. */
  static LocalDate taxFrom(LocalDate keptSince) {
    return YearMonth.from(keptSince).plusMonths(1).atDay(1);
  }

  /** The last day of the tax: the end of the month in which the keeping ended. */
  static LocalDate taxUntil(LocalDate keptUntil) {
    return YearMonth.from(keptUntil).atEndOfMonth();
  }

  /** The months of {@code year} from {@code taxFrom} on (0 when the tax starts later). */
  static int monthsIn(int year, LocalDate taxFrom) {
    if (taxFrom.getYear() < year) {
      return 12;
    }
    if (taxFrom.getYear() > year) {
      return 0;
    }
    return 13 - taxFrom.getMonthValue();
  }

  /** The tax of {@code year} for a dog whose tax starts on {@code taxFrom}, in EUR and cents. */
  static BigDecimal amountIn(int year, LocalDate taxFrom, BigDecimal yearlyRate) {
    return yearlyRate
        .multiply(BigDecimal.valueOf(monthsIn(year, taxFrom)))
        .divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
  }
}
