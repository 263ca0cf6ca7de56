package de.iserlohn.digital.platform.figures;

import de.iserlohn.digital.platform.cluster.ClusterLease;
import de.iserlohn.digital.platform.cluster.ClusterLeases;
import de.iserlohn.digital.platform.web.CityTime;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the daily figures of every contributor into the application's tables. The nightly run (a
 * plain {@code @Scheduled} method, 00:30 Europe/Berlin, before the history cleanup window)
 * aggregates every day after the last aggregated one up to yesterday; the first start back-fills
 * from the first day of the engine history. Each day is one transaction and is written at most once
 * at a time: two nodes running it at once would cost work, never wrong figures (the {@code
 * figure_day} primary key); the cluster lease {@code figures-aggregation} (ShedLock, ADR 0076) lets
 * one node do it, and a node that dies while it runs leaves the rest to the next run.
 */
@Service
public class DailyAggregation {

  private static final Logger LOG = LoggerFactory.getLogger(DailyAggregation.class);

  private final List<FigureContributor> contributors;
  private final FigureStore store;
  private final HistoryService history;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final boolean backfillOnStart;
  private final ClusterLease lease;

  DailyAggregation(
      List<FigureContributor> contributors,
      FigureStore store,
      HistoryService history,
      TransactionTemplate transactions,
      Clock clock,
      ClusterLeases leases,
      @Value("${iserlohn.figures.backfill-on-start:true}") boolean backfillOnStart) {
    this.contributors = contributors;
    this.store = store;
    this.history = history;
    this.transactions = transactions;
    this.clock = clock;
    this.backfillOnStart = backfillOnStart;
    this.lease = leases.lease("figures-aggregation", Duration.ofMinutes(10));
  }

  /** The figures of one day, computed now and not stored (also today's, so far). */
  public DailyFigures compute(LocalDate day) {
    DailyFigures figures = new DailyFigures();
    var from = CityTime.startOfDay(day);
    var to = CityTime.startOfDay(day.plusDays(1));
    for (FigureContributor contributor : contributors) {
      contributor.collect(day, from, to, figures);
    }
    return figures;
  }

  /** Computes and stores the figures of one day, replacing what was stored for it. */
  public DailyFigures aggregate(LocalDate day) {
    return transactions.execute(
        status -> {
          DailyFigures figures = compute(day);
          store.replace(day, figures, clock.instant());
          return figures;
        });
  }

  /** Aggregates every day after the last aggregated one (or the first in history) to yesterday. */
  public int catchUp() {
    LocalDate yesterday = CityTime.today(clock).minusDays(1);
    Optional<LocalDate> first =
        store.lastAggregatedDay().map(d -> d.plusDays(1)).or(this::firstDayInHistory);
    if (first.isEmpty()) {
      return 0;
    }
    int days = 0;
    for (LocalDate day = first.get(); !day.isAfter(yesterday); day = day.plusDays(1)) {
      try {
        aggregate(day);
        days++;
      } catch (DataAccessException e) {
        LOG.info(
            "Figures of {} not written here (another node wrote them?): {}", day, e.getMessage());
        return days;
      }
    }
    if (days > 0) {
      LOG.info("Figures aggregated for {} day(s) up to {}", days, yesterday);
    }
    return days;
  }

  /** The nightly run: 00:30 in Iserlohn, before the engine's history cleanup (01:00-05:00). */
  @Scheduled(cron = "${iserlohn.figures.cron:0 30 0 * * *}", zone = "Europe/Berlin")
  public void nightly() {
    catchUpOnOneNode();
  }

  /**
   * {@link #catchUp()} on the node that holds the lease; the others skip it. On this node one run
   * at a time: the nightly run waits for a back-fill that is still going.
   */
  synchronized int catchUpOnOneNode() {
    if (!lease.renew()) {
      LOG.info("Figures are aggregated by another node");
      return 0;
    }
    try {
      return catchUp();
    } finally {
      lease.release();
    }
  }

  /** The first start back-fills from the history that exists (in the background). */
  @EventListener(ApplicationReadyEvent.class)
  void backfillOnStart() {
    if (!backfillOnStart) {
      return;
    }
    Thread thread = new Thread(this::safeCatchUp, "figures-backfill");
    thread.setDaemon(true);
    thread.start();
  }

  private void safeCatchUp() {
    try {
      catchUpOnOneNode();
    } catch (RuntimeException e) {
      LOG.warn("Back-fill of the daily figures failed; the nightly run tries again", e);
    }
  }

  private Optional<LocalDate> firstDayInHistory() {
    List<HistoricProcessInstance> first =
        history
            .createHistoricProcessInstanceQuery()
            .orderByProcessInstanceStartTime()
            .asc()
            .listPage(0, 1);
    return first.stream().findFirst().map(p -> CityTime.day(p.getStartTime().toInstant()));
  }
}
