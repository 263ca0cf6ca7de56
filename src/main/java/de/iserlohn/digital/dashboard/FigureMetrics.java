package de.iserlohn.digital.dashboard;

import static de.iserlohn.digital.platform.figures.FigureNames.*;

import de.iserlohn.digital.platform.figures.FigureView;
import de.iserlohn.digital.platform.figures.Figures;
import de.iserlohn.digital.platform.figures.MeasuredProcess;
import de.iserlohn.digital.platform.identity.OrgUnits;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The dashboard's key figures as Prometheus gauges (year to date, refreshed every five minutes):
 * {@code iserlohn_figures_*}. Shares from fewer than five cases are not exported.
 */
@Component
class FigureMetrics {

  private static final Logger LOG = LoggerFactory.getLogger(FigureMetrics.class);

  private final Figures figures;
  private final MultiGauge processFinished;
  private final MultiGauge processShareMediaBreakFree;
  private final MultiGauge processShareOnTime;
  private final MultiGauge tasksOpen;
  private final MultiGauge tasksOverdue;
  private final MultiGauge single;

  FigureMetrics(Figures figures, MeterRegistry registry) {
    this.figures = figures;
    this.processFinished =
        MultiGauge.builder("iserlohn.figures.process.finished")
            .description("Finished process instances this year")
            .register(registry);
    this.processShareMediaBreakFree =
        MultiGauge.builder("iserlohn.figures.process.media.break.free.ratio")
            .description("Share finished this year without media break (goal 2.2: 0.25 for OZG)")
            .register(registry);
    this.processShareOnTime =
        MultiGauge.builder("iserlohn.figures.process.on.time.ratio")
            .description("Share finished this year with every task done by its due date")
            .register(registry);
    this.tasksOpen =
        MultiGauge.builder("iserlohn.figures.tasks.open")
            .description("Open tasks per unit")
            .register(registry);
    this.tasksOverdue =
        MultiGauge.builder("iserlohn.figures.tasks.overdue")
            .description("Overdue tasks per unit")
            .register(registry);
    this.single =
        MultiGauge.builder("iserlohn.figures.value")
            .description("Single key figures of the dashboard, by name")
            .register(registry);
  }

  @Scheduled(
      initialDelayString = "PT1M",
      fixedDelayString = "${iserlohn.figures.metrics-refresh:PT5M}")
  void refresh() {
    try {
      var today = figures.today();
      FigureView view = figures.between(today.withDayOfYear(1), today);
      List<MultiGauge.Row<?>> finished = new ArrayList<>();
      List<MultiGauge.Row<?>> free = new ArrayList<>();
      List<MultiGauge.Row<?>> onTime = new ArrayList<>();
      for (MeasuredProcess p : figures.processes()) {
        Tags tags = Tags.of("process", p.key(), "area", p.area().name());
        long n = view.sum(PROCESS_FINISHED, p.key());
        finished.add(MultiGauge.Row.of(tags, n));
        if (n >= Targets.MIN_CASES) {
          free.add(
              MultiGauge.Row.of(tags, view.sum(PROCESS_MEDIA_BREAK_FREE, p.key()) / (double) n));
          onTime.add(MultiGauge.Row.of(tags, view.sum(PROCESS_ON_TIME, p.key()) / (double) n));
        }
      }
      processFinished.register(finished, true);
      processShareMediaBreakFree.register(free, true);
      processShareOnTime.register(onTime, true);
      tasksOpen.register(perUnit(view, TASKS_OPEN), true);
      tasksOverdue.register(perUnit(view, TASKS_OVERDUE), true);
      List<MultiGauge.Row<?>> values = new ArrayList<>();
      values.add(
          MultiGauge.Row.of(
              Tags.of("name", "ozg_services_online"),
              figures.processes().stream()
                  .filter(p -> p.area() == MeasuredProcess.Area.OZG)
                  .count()));
      values.add(
          MultiGauge.Row.of(
              Tags.of("name", "invoices_electronic"), view.sum(INVOICE_RECEIVED, "electronic")));
      values.add(
          MultiGauge.Row.of(
              Tags.of("name", "invoices_paper"), view.sum(INVOICE_RECEIVED, "paper")));
      values.add(
          MultiGauge.Row.of(Tags.of("name", "skonto_lost"), view.sum(INVOICE_SKONTO_LOST, "")));
      values.add(
          MultiGauge.Row.of(
              Tags.of("name", "mobile_work_employees"),
              view.dimensions(HR_MOBILE_WORK).stream()
                  .mapToLong(
                      u ->
                          view.latest(HR_MOBILE_WORK, u) == null
                              ? 0
                              : view.latest(HR_MOBILE_WORK, u))
                  .sum()));
      Long online = view.latest(SMARTCITY_DEVICES_ONLINE, "");
      values.add(MultiGauge.Row.of(Tags.of("name", "devices_online"), online == null ? 0 : online));
      single.register(values, true);
    } catch (RuntimeException e) {
      LOG.warn("Figure metrics not refreshed", e);
    }
  }

  private static List<MultiGauge.Row<?>> perUnit(FigureView view, String figure) {
    List<MultiGauge.Row<?>> rows = new ArrayList<>();
    for (String unit : OrgUnits.CLERK_UNITS) {
      Long v = view.latest(figure, unit);
      if (v != null) {
        rows.add(MultiGauge.Row.of(Tags.of("unit", unit), v));
      }
    }
    return rows;
  }
}
