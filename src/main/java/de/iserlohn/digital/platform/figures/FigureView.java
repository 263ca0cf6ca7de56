package de.iserlohn.digital.platform.figures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The figures of a period (stored days plus, when the period reaches today, today so far): sums of
 * the counts, the last value of the snapshots, the distributions.
 */
public final class FigureView {

  private final LocalDate from;
  private final LocalDate to;
  private final Map<DailyFigures.Key, TreeMap<YearMonth, Long>> monthly = new HashMap<>();
  private final Map<DailyFigures.Key, TreeMap<LocalDate, Long>> snapshots = new HashMap<>();
  private final Map<DailyFigures.Key, TreeMap<Integer, Long>> distributions;

  FigureView(
      LocalDate from,
      LocalDate to,
      List<FigureStore.MonthValue> months,
      List<FigureStore.DayValue> days,
      Map<DailyFigures.Key, TreeMap<Integer, Long>> distributions) {
    this.from = from;
    this.to = to;
    this.distributions = distributions;
    for (FigureStore.MonthValue m : months) {
      if (!FigureNames.SNAPSHOTS.contains(m.figure())) {
        monthly
            .computeIfAbsent(new DailyFigures.Key(m.figure(), m.dimension()), k -> new TreeMap<>())
            .merge(m.month(), m.amount(), Long::sum);
      }
    }
    for (FigureStore.DayValue d : days) {
      snapshots
          .computeIfAbsent(new DailyFigures.Key(d.figure(), d.dimension()), k -> new TreeMap<>())
          .put(d.day(), d.amount());
    }
  }

  /** Adds the figures of one day computed now (today so far). */
  void add(LocalDate day, DailyFigures figures) {
    figures
        .values()
        .forEach(
            (k, v) -> {
              if (FigureNames.SNAPSHOTS.contains(k.figure())) {
                snapshots.computeIfAbsent(k, x -> new TreeMap<>()).put(day, v);
              } else {
                monthly
                    .computeIfAbsent(k, x -> new TreeMap<>())
                    .merge(YearMonth.from(day), v, Long::sum);
              }
            });
    figures
        .distributions()
        .forEach(
            (k, dist) -> {
              TreeMap<Integer, Long> into = distributions.computeIfAbsent(k, x -> new TreeMap<>());
              dist.forEach((bucket, cases) -> into.merge(bucket, cases, Long::sum));
            });
  }

  public LocalDate from() {
    return from;
  }

  public LocalDate to() {
    return to;
  }

  /** The sum of a count over the period. */
  public long sum(String figure, String dimension) {
    TreeMap<YearMonth, Long> months = monthly.get(new DailyFigures.Key(figure, dimension));
    return months == null ? 0 : months.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The sum of a count over the period and the given dimensions. */
  public long sum(String figure, Iterable<String> dimensions) {
    long total = 0;
    for (String dimension : dimensions) {
      total += sum(figure, dimension);
    }
    return total;
  }

  /** A count per month of the period (months without a value are missing). */
  public TreeMap<YearMonth, Long> monthly(String figure, String dimension) {
    TreeMap<YearMonth, Long> months = monthly.get(new DailyFigures.Key(figure, dimension));
    return months == null ? new TreeMap<>() : new TreeMap<>(months);
  }

  /** The dimensions that have a value of the figure in the period. */
  public List<String> dimensions(String figure) {
    return java.util.stream.Stream.concat(
            java.util.stream.Stream.concat(monthly.keySet().stream(), snapshots.keySet().stream()),
            distributions.keySet().stream())
        .filter(k -> k.figure().equals(figure))
        .map(DailyFigures.Key::dimension)
        .distinct()
        .sorted()
        .toList();
  }

  /** The last value of a snapshot in the period, or null when none was taken. */
  public Long latest(String figure, String dimension) {
    TreeMap<LocalDate, Long> days = snapshots.get(new DailyFigures.Key(figure, dimension));
    return days == null || days.isEmpty() ? null : days.lastEntry().getValue();
  }

  /** The last value of a snapshot in each month of the period. */
  public TreeMap<YearMonth, Long> monthlyLatest(String figure, String dimension) {
    TreeMap<YearMonth, Long> result = new TreeMap<>();
    TreeMap<LocalDate, Long> days = snapshots.get(new DailyFigures.Key(figure, dimension));
    if (days != null) {
      days.forEach((day, v) -> result.put(YearMonth.from(day), v));
    }
    return result;
  }

  /** The mean of a snapshot over the days of each month that have one. */
  public TreeMap<YearMonth, Double> monthlyMean(String figure, String dimension) {
    TreeMap<YearMonth, double[]> acc = new TreeMap<>();
    TreeMap<LocalDate, Long> days = snapshots.get(new DailyFigures.Key(figure, dimension));
    if (days != null) {
      days.forEach(
          (day, v) -> {
            double[] a = acc.computeIfAbsent(YearMonth.from(day), k -> new double[2]);
            a[0] += v;
            a[1]++;
          });
    }
    TreeMap<YearMonth, Double> result = new TreeMap<>();
    acc.forEach((m, a) -> result.put(m, a[0] / a[1]));
    return result;
  }

  /** Cases in a distribution over the period. */
  public long cases(String figure, String dimension) {
    TreeMap<Integer, Long> dist = distributions.get(new DailyFigures.Key(figure, dimension));
    return dist == null ? 0 : dist.values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * The nearest-rank percentile (0 &lt; p &le; 100) of a distribution: the smallest bucket at or
   * below which at least p percent of the cases fall; empty without cases.
   */
  public OptionalDouble percentile(String figure, String dimension, double p) {
    TreeMap<Integer, Long> dist = distributions.get(new DailyFigures.Key(figure, dimension));
    long n = dist == null ? 0 : dist.values().stream().mapToLong(Long::longValue).sum();
    if (n == 0) {
      return OptionalDouble.empty();
    }
    long rank = (long) Math.ceil(p / 100.0 * n);
    long seen = 0;
    for (Map.Entry<Integer, Long> e : dist.entrySet()) {
      seen += e.getValue();
      if (seen >= rank) {
        return OptionalDouble.of(e.getKey());
      }
    }
    return OptionalDouble.of(dist.lastKey());
  }
}
