package de.iserlohn.digital.ozg.bulkywaste;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PickupDatesTests {

  @Test
  void theTourDayAfterTheLeadTime() {
    LocalDate friday = LocalDate.of(2026, 11, 20);

    // five days ahead is Wednesday 25 November: that Wednesday, the Thursday after, next Tuesday
    assertThat(PickupDates.next(friday, 2, 5)).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(PickupDates.next(friday, 3, 5)).isEqualTo(LocalDate.of(2026, 11, 25));
    assertThat(PickupDates.next(friday, 4, 5)).isEqualTo(LocalDate.of(2026, 11, 26));
  }
}
