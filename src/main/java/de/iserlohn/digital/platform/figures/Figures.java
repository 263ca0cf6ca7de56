package de.iserlohn.digital.platform.figures;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Reads the daily figures of a period for the dashboard, the KPI API and the metrics: the stored
 * days, and today so far (computed on request, kept for {@code iserlohn.figures.today-cache}).
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
    return LocalDate.now(clock.withZone(DailyAggregation.ZONE));
  }

  /** The figures of the days {@code from} to {@code to} (both included). */
  public FigureView between(LocalDate from, LocalDate to) {
    return between(from, to, false);
  }

  /** As {@link #between(LocalDate, LocalDate)}, with today computed afresh when {@code fresh}. */
  public FigureView between(LocalDate from, LocalDate to, boolean fresh) {
    FigureView view =
        new FigureView(
            from,
            to,
            store.monthly(from, to),
            store.daily(from, to, new ArrayList<>(FigureNames.SNAPSHOTS)),
            store.distributions(from, to));
    LocalDate now = today();
    Optional<LocalDate> last = store.lastAggregatedDay();
    if (!now.isBefore(from) && !now.isAfter(to) && last.map(now::isAfter).orElse(true)) {
      view.add(now, todaySoFar(now, fresh));
    }
    return view;
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
