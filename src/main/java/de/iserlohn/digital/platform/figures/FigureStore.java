package de.iserlohn.digital.platform.figures;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The daily figures in the application's tables {@code figure_day|value|distribution}. */
@Repository
class FigureStore {

  /** One stored value: a day's count or a snapshot. */
  record DayValue(LocalDate day, String figure, String dimension, long amount) {}

  /** A sum over the days of one month. */
  record MonthValue(YearMonth month, String figure, String dimension, long amount) {}

  private final JdbcTemplate jdbc;

  FigureStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Replaces the figures of a day (call inside a transaction). The day's row is written first: a
   * second node aggregating the same day waits for it and then fails on the primary key.
   */
  void replace(LocalDate day, DailyFigures figures, Instant now) {
    Date d = Date.valueOf(day);
    jdbc.update("delete from figure_day where on_day = ?", d);
    jdbc.update(
        "insert into figure_day (on_day, aggregated_at) values (?, ?)", d, Timestamp.from(now));
    jdbc.update("delete from figure_value where on_day = ?", d);
    jdbc.update("delete from figure_distribution where on_day = ?", d);
    List<Object[]> values = new ArrayList<>();
    figures.values().forEach((k, v) -> values.add(new Object[] {d, k.figure(), k.dimension(), v}));
    jdbc.batchUpdate(
        "insert into figure_value (on_day, figure, dimension, amount) values (?, ?, ?, ?)", values);
    List<Object[]> buckets = new ArrayList<>();
    figures
        .distributions()
        .forEach(
            (k, dist) ->
                dist.forEach(
                    (bucket, cases) ->
                        buckets.add(new Object[] {d, k.figure(), k.dimension(), bucket, cases})));
    jdbc.batchUpdate(
        "insert into figure_distribution (on_day, figure, dimension, bucket, cases) values (?, ?, ?, ?, ?)",
        buckets);
  }

  /**
   * What the stored figures are now: the last day, how many days, the latest write. Any node's
   * (re-)aggregation changes it, so a view of stored days built under the same stamp is still
   * right.
   */
  record Stamp(Optional<LocalDate> lastDay, long days, Optional<Instant> latestWrite) {}

  Stamp stamp() {
    return jdbc.queryForObject(
        "select max(on_day) as last_day, count(*) as days, max(aggregated_at) as latest"
            + " from figure_day",
        (rs, i) ->
            new Stamp(
                Optional.ofNullable(rs.getDate("last_day")).map(Date::toLocalDate),
                rs.getLong("days"),
                Optional.ofNullable(rs.getTimestamp("latest")).map(Timestamp::toInstant)));
  }

  Optional<LocalDate> lastAggregatedDay() {
    return Optional.ofNullable(
            jdbc.queryForObject("select max(on_day) from figure_day", Date.class))
        .map(Date::toLocalDate);
  }

  /** The counts (not the snapshots) summed per month, figure and dimension. */
  List<MonthValue> monthly(LocalDate from, LocalDate to) {
    return jdbc.query(
        "select extract(year from on_day) y, extract(month from on_day) m, figure, dimension,"
            + " sum(amount) amount from figure_value where on_day between ? and ?"
            + " group by extract(year from on_day), extract(month from on_day), figure, dimension",
        (rs, i) ->
            new MonthValue(
                YearMonth.of(rs.getInt("y"), rs.getInt("m")),
                rs.getString("figure"),
                rs.getString("dimension"),
                rs.getLong("amount")),
        Date.valueOf(from),
        Date.valueOf(to));
  }

  /** The daily values of the given figures (for snapshots). */
  List<DayValue> daily(LocalDate from, LocalDate to, List<String> figures) {
    String in = String.join(",", figures.stream().map(f -> "?").toList());
    List<Object> args = new ArrayList<>(List.of(Date.valueOf(from), Date.valueOf(to)));
    args.addAll(figures);
    return jdbc.query(
        "select on_day, figure, dimension, amount from figure_value where on_day between ? and ?"
            + " and figure in ("
            + in
            + ")",
        (rs, i) ->
            new DayValue(
                rs.getDate("on_day").toLocalDate(),
                rs.getString("figure"),
                rs.getString("dimension"),
                rs.getLong("amount")),
        args.toArray());
  }

  /** The distributions summed over the days. */
  Map<DailyFigures.Key, TreeMap<Integer, Long>> distributions(LocalDate from, LocalDate to) {
    Map<DailyFigures.Key, TreeMap<Integer, Long>> result = new HashMap<>();
    jdbc.query(
        "select figure, dimension, bucket, sum(cases) cases from figure_distribution"
            + " where on_day between ? and ? group by figure, dimension, bucket",
        rs -> {
          result
              .computeIfAbsent(
                  new DailyFigures.Key(rs.getString("figure"), rs.getString("dimension")),
                  k -> new TreeMap<>())
              .put(rs.getInt("bucket"), rs.getLong("cases"));
        },
        Date.valueOf(from),
        Date.valueOf(to));
    return result;
  }
}
