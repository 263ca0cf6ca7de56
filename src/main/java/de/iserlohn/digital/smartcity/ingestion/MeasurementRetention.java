package de.iserlohn.digital.smartcity.ingestion;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raw readings are kept for {@code iserlohn.smartcity.measurements.raw-max-age} (default 90 days,
 * retention class SHORT): older ones are first aggregated per asset, quantity and day (count, min,
 * max, sum in {@code sc_measurement_daily}; readings arriving late for an aggregated day are added
 * to it) and then deleted, in one transaction. Runs nightly ({@code aggregate-cron}, default 02:30;
 * {@code -} switches it off).
 */
@Component
class MeasurementRetention {

  private static final Logger log = LoggerFactory.getLogger(MeasurementRetention.class);

  private final JdbcTemplate jdbc;
  private final Duration rawMaxAge;
  private final Clock clock;

  MeasurementRetention(
      JdbcTemplate jdbc,
      @Value("${iserlohn.smartcity.measurements.raw-max-age:P90D}") Duration rawMaxAge,
      Clock clock) {
    this.jdbc = jdbc;
    this.rawMaxAge = rawMaxAge;
    this.clock = clock;
  }

  private record Day(
      String assetId,
      String quantity,
      LocalDate day,
      String unit,
      long samples,
      double min,
      double max,
      double sum) {}

  @Scheduled(
      cron = "${iserlohn.smartcity.measurements.aggregate-cron:0 30 2 * * *}",
      zone = "Europe/Berlin")
  void nightly() {
    int deleted = aggregateAndPrune();
    log.info("Sensor readings: {} raw readings aggregated and deleted", deleted);
  }

  /**
   * Aggregates the raw readings of the days before {@code now - raw-max-age} (UTC days, whole days
   * only) and deletes them. Returns the number of raw readings deleted.
   */
  @Transactional
  public int aggregateAndPrune() {
    LocalDate firstKeptDay = clock.instant().minus(rawMaxAge).atZone(ZoneOffset.UTC).toLocalDate();
    Timestamp cutoff = Timestamp.from(firstKeptDay.atStartOfDay(ZoneOffset.UTC).toInstant());
    List<Day> days =
        jdbc.query(
            "select asset_id, quantity, cast(measured_at as date) as d, min(unit) as unit,"
                + " count(*) as n, min(measured_value) as lo, max(measured_value) as hi,"
                + " sum(measured_value) as total from sc_measurement where measured_at < ?"
                + " group by asset_id, quantity, cast(measured_at as date)",
            (rs, i) ->
                new Day(
                    rs.getString("asset_id"),
                    rs.getString("quantity"),
                    rs.getDate("d").toLocalDate(),
                    rs.getString("unit"),
                    rs.getLong("n"),
                    rs.getDouble("lo"),
                    rs.getDouble("hi"),
                    rs.getDouble("total")),
            cutoff);
    for (Day d : days) {
      int updated =
          jdbc.update(
              "update sc_measurement_daily set samples = samples + ?,"
                  + " min_value = case when min_value < ? then min_value else ? end,"
                  + " max_value = case when max_value > ? then max_value else ? end,"
                  + " sum_value = sum_value + ? where asset_id = ? and quantity = ? and measured_on = ?",
              d.samples(),
              d.min(),
              d.min(),
              d.max(),
              d.max(),
              d.sum(),
              d.assetId(),
              d.quantity(),
              Date.valueOf(d.day()));
      if (updated == 0) {
        jdbc.update(
            "insert into sc_measurement_daily (asset_id, quantity, measured_on, unit, samples, min_value,"
                + " max_value, sum_value) values (?, ?, ?, ?, ?, ?, ?, ?)",
            d.assetId(),
            d.quantity(),
            Date.valueOf(d.day()),
            d.unit(),
            d.samples(),
            d.min(),
            d.max(),
            d.sum());
      }
    }
    return jdbc.update("delete from sc_measurement where measured_at < ?", cutoff);
  }
}
