package de.iserlohn.digital.smartcity.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UplinkFormatsTests {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-11-21T06:00:00Z",
        "2026-11-21T06:00:00.1Z",
        "2026-11-21T07:15:00.123Z",
        "2026-11-21T07:15:00.123456Z",
        "2026-11-21T07:15:00.123456789Z",
        "2024-02-29T23:59:59.999999999Z",
        "1999-12-31T00:00:00.000000001Z",
        // not the network servers' form: read by Instant.parse
        "2026-11-21T08:15:00+01:00",
        "2026-11-21T08:15:00.5+01:00",
        "2016-12-31T23:59:60Z",
        "2026-11-21T06:00:00.Z"
      })
  void timesReadAsInstantParseReadsThem(String time) {
    assertThat(UplinkFormats.parseTime(time)).isEqualTo(Instant.parse(time));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-13-21T06:00:00Z",
        "2026-02-30T06:00:00Z",
        "2026-11-21T24:00:01Z",
        "2026-11-21T06:00:00.1234567890Z",
        "2026-11-21T06:0a:00Z",
        "2026-11-21 06:00:00Z",
        "gestern"
      })
  void whatIsNoTimeIsRejected(String time) {
    assertThatThrownBy(() -> UplinkFormats.parseTime(time)).isInstanceOf(DateTimeException.class);
  }
}
