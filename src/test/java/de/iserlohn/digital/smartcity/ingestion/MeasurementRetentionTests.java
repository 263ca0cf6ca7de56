package de.iserlohn.digital.smartcity.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.testsupport.IntegrationTest;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Raw readings past their age are aggregated per day first, then deleted; newer ones stay. */
@IntegrationTest
class MeasurementRetentionTests {

  @Autowired MeasurementRetention retention;
  @Autowired JdbcTemplate jdbc;

  @Test
  void oldReadingsBecomeDailyAggregatesAndNewOnesStayRaw() {
    String asset = "test-" + UUID.randomUUID();
    Instant old = Instant.now().minus(200, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);
    reading(asset, old.plusSeconds(3600), 10.0);
    reading(asset, old.plusSeconds(7200), 30.0);
    reading(asset, old.plusSeconds(86_400 + 60), 5.0);
    reading(asset, Instant.now().minus(1, ChronoUnit.DAYS), 42.0);

    retention.aggregateAndPrune();

    assertThat(raw(asset)).isEqualTo(1);
    Map<String, Object> first =
        jdbc.queryForMap(
            "select samples, min_value, max_value, sum_value from sc_measurement_daily"
                + " where asset_id = ? and measured_on = ?",
            asset,
            Date.valueOf(LocalDate.ofInstant(old, ZoneOffset.UTC)));
    assertThat(((Number) first.get("samples")).longValue()).isEqualTo(2);
    assertThat(((Number) first.get("min_value")).doubleValue()).isEqualTo(10.0);
    assertThat(((Number) first.get("max_value")).doubleValue()).isEqualTo(30.0);
    assertThat(((Number) first.get("sum_value")).doubleValue()).isEqualTo(40.0);

    reading(asset, old.plusSeconds(60), 50.0);
    retention.aggregateAndPrune();

    assertThat(
            jdbc.queryForObject(
                "select samples from sc_measurement_daily where asset_id = ? and measured_on = ?",
                Long.class,
                asset,
                Date.valueOf(LocalDate.ofInstant(old, ZoneOffset.UTC))))
        .as("a late reading is added to its day")
        .isEqualTo(3);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from sc_measurement_daily where asset_id = ?",
                Integer.class,
                asset))
        .isEqualTo(2);
    assertThat(raw(asset)).isEqualTo(1);
  }

  private void reading(String asset, Instant at, double value) {
    jdbc.update(
        "insert into sc_measurement (measured_at, dev_eui, asset_id, quantity, measured_value,"
            + " unit, uplink_key) values (?, ?, ?, ?, ?, ?, ?)",
        Timestamp.from(at),
        "0011223344556677",
        asset,
        "fill",
        value,
        "%",
        UUID.randomUUID().toString());
  }

  private int raw(String asset) {
    return jdbc.queryForObject(
        "select count(*) from sc_measurement where asset_id = ?", Integer.class, asset);
  }
}
