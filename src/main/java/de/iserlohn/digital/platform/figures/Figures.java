package de.iserlohn.digital.platform.figures;

import de.iserlohn.digital.platform.web.CityTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Reads the daily figures of a period for the dashboard, the KPI API and the metrics: the stored
 * days, and today so far (computed on request, kept for {@code iserlohn.figures.today-cache}).
 *
 * <p>The stored days of a period are read once and kept until any node writes figures again (the
 * store's {@link FigureStore.Stamp}, one cheap query per request): they change only with the
 * nightly aggregation, and the dashboard's period queries are its cost (docs/performance.md).
 */
@Service
public class Figures {

  private final FigureStore store;
  private final DailyAggregation aggregation;
  private final List<FigureContributor> contributors;
  private final Clock clock;
  private final Duration todayCache;
  private Today today;

  private record Today(LocalDate day, Instant computedAt, DailyFigures figures) {}

  private record Period(LocalDate from, LocalDate to, FigureStore.Stamp stamp) {}

  private record Stored(
      List<FigureStore.MonthValue> months,
      List<FigureStore.DayValue> days,
      Map<DailyFigures.Key, TreeMap<Integer, Long>> distributions) {}

  /** The stored figures of the periods asked for lately (the last 32). */
  private final Map<Period, Stored> stored =
      Collections.synchronizedMap(
          new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Period, Stored> eldest) {
              return size() > 32;
            }
          });

  Figures(
      FigureStore store,
      DailyAggregation aggregation,
      List<FigureContributor> contributors,
      Clock clock,
      @Value("${iserlohn.figures.today-cache:PT30S}") Duration todayCache) {
    this.store = store;
    this.aggregation = aggregation;
    this.contributors = contributors;
    this.clock = clock;
    this.todayCache = todayCache;
  }

  /** Today in Iserlohn. */
  public LocalDate today() {
    return CityTime.today(clock);
  }

  /** The figures of the days {@code from} to {@code to} (both included). */
  public FigureView between(LocalDate from, LocalDate to) {
    return between(from, to, false);
  }

  /** As {@link #between(LocalDate, LocalDate)}, with today computed afresh when {@code fresh}. */
  public FigureView between(LocalDate from, LocalDate to, boolean fresh) {
    FigureStore.Stamp stamp = store.stamp();
    Period period = new Period(from, to, stamp);
    Stored days = stored.get(period);
    if (days == null) { // read outside the lock: two first requests may both read, never wait
      days =
          new Stored(
              List.copyOf(store.monthly(from, to)),
              List.copyOf(store.daily(from, to, new ArrayList<>(FigureNames.SNAPSHOTS))),
              store.distributions(from, to));
      stored.put(period, days);
    }
    FigureView view =
        new FigureView(from, to, days.months(), days.days(), copy(days.distributions()));
    LocalDate now = today();
    if (!now.isBefore(from) && !now.isAfter(to) && stamp.lastDay().map(now::isAfter).orElse(true)) {
      view.add(now, todaySoFar(now, fresh));
    }
    return view;
  }

  /** A view adds today's cases into its distributions: it gets its own maps. */
  private static Map<DailyFigures.Key, TreeMap<Integer, Long>> copy(
      Map<DailyFigures.Key, TreeMap<Integer, Long>> distributions) {
    Map<DailyFigures.Key, TreeMap<Integer, Long>> copy = new HashMap<>();
    distributions.forEach((k, v) -> copy.put(k, new TreeMap<>(v)));
    return copy;
  }

  /** The last day whose figures are stored. */
  public Optional<LocalDate> aggregatedUntil() {
    return store.lastAggregatedDay();
  }

  /** The processes the domains report, in the order of the contributors. */
  public List<MeasuredProcess> processes() {
    return contributors.stream().flatMap(c -> c.processes().stream()).toList();
  }

  private synchronized DailyFigures todaySoFar(LocalDate day, boolean fresh) {
    Instant now = clock.instant();
    if (fresh
        || today == null
        || !today.day().equals(day)
        || today.computedAt().plus(todayCache).isBefore(now)) {
      today = new Today(day, now, aggregation.compute(day));
    }
    return today.figures();
  }
}
