package de.iserlohn.digital.ozg.bulkywaste;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The pickup date of a district's regular tour. */
final class PickupDates {

  private PickupDates() {}

  /**
   * The first tour day on or after {@code leadDays} days from {@code today}.
   *
   * @param weekday the tour's weekday, 1 (Monday) to 7
   */
  static LocalDate next(LocalDate today, int weekday, int leadDays) {
    return today.plusDays(leadDays).with(TemporalAdjusters.nextOrSame(DayOfWeek.of(weekday)));
  }
}
