package de.iserlohn.digital.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class CityTimeTests {

  @Test
  void pointsInTimeAreShownAsGermansWriteThemInIserlohnsZone() {
    // winter: CET (UTC+1); summer: CEST (UTC+2)
    assertThat(CityTime.dateTime(Instant.parse("2026-11-21T10:00:00Z")))
        .isEqualTo("21.11.2026 11:00");
    assertThat(CityTime.dateTime(Instant.parse("2026-07-01T10:05:00Z")))
        .isEqualTo("01.07.2026 12:05");
    assertThat(CityTime.time(Instant.parse("2026-07-01T10:05:00Z"))).isEqualTo("12:05");
  }

  @Test
  void theDayIsTheDayInIserlohnNotInUtc() {
    Instant lateEvening = Instant.parse("2026-12-31T23:30:00Z");

    assertThat(CityTime.date(lateEvening)).isEqualTo("01.01.2027");
    assertThat(CityTime.day(lateEvening)).isEqualTo(LocalDate.of(2027, 1, 1));
  }

  @Test
  void isoTextsAsJsonAndProcessVariablesCarryThemAreFormattedToo() {
    assertThat(CityTime.date("2027-06-30")).isEqualTo("30.06.2027");
    assertThat(CityTime.date(LocalDate.of(2027, 6, 30))).isEqualTo("30.06.2027");
    assertThat(CityTime.dateTime("2026-11-21T10:00:00Z")).isEqualTo("21.11.2026 11:00");
    assertThat(CityTime.dateTime("2026-11-21T10:00:00.123456Z")).isEqualTo("21.11.2026 11:00");
    assertThat(CityTime.dateTime(OffsetDateTime.parse("2026-11-21T10:00:00+01:00")))
        .isEqualTo("21.11.2026 10:00");
    assertThat(CityTime.iso("2026-11-21T10:00:00Z")).isEqualTo("2026-11-21T10:00:00Z");
  }

  @Test
  void nothingIsShownAsEmptyAndNonsenseIsRefused() {
    assertThat(CityTime.dateTime(null)).isEmpty();
    assertThat(CityTime.date(" ")).isEmpty();
    assertThatThrownBy(() -> CityTime.date("gestern")).isInstanceOf(IllegalArgumentException.class);
  }
}
