package de.iserlohn.digital.ozg.kpi;

import de.iserlohn.digital.ozg.application.ApplicationStore;
import de.iserlohn.digital.ozg.catalogue.ServiceCatalogue;
import de.iserlohn.digital.ozg.catalogue.ServiceDefinition;
import de.iserlohn.digital.platform.figures.FigureNames;
import de.iserlohn.digital.platform.figures.FigureView;
import de.iserlohn.digital.platform.figures.Figures;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.springframework.stereotype.Service;

/**
 * Process KPIs of the online services from the daily figures (platform {@code figures}): per
 * service submissions, lead time (mean, median, p90), deadline adherence, the share processed fully
 * automatically and the share processed without media break (strategy goal 2.2: 25 %), and the open
 * applications per org unit.
 */
@Service
public class OzgKpis {

  /** The strategy's goal 2.2 for the share of applications processed without media break. */
  public static final double GOAL_WITHOUT_MEDIA_BREAK = 0.25;

  /** Goal 1.1: the 15 priority services can be applied for online by the end of 2025. */
  public static final int GOAL_SERVICES_ONLINE = 15;

  /** No share, mean or percentile is given for fewer cases (they could identify a person). */
  public static final int MIN_CASES = 5;

  private final Figures figures;
  private final ServiceCatalogue catalogue;
  private final ApplicationStore store;

  OzgKpis(Figures figures, ServiceCatalogue catalogue, ApplicationStore store) {
    this.figures = figures;
    this.catalogue = catalogue;
    this.store = store;
  }

  /** The services' figures over the period's figures. */
  public List<ServiceKpi> perService(FigureView view) {
    return catalogue.all().stream().map(s -> of(s, view)).toList();
  }

  public Map<String, Long> openPerUnit() {
    return store.openPerUnit();
  }

  public int servicesOnline() {
    return catalogue.all().size();
  }

  Figures figures() {
    return figures;
  }

  static ServiceKpi of(ServiceDefinition service, FigureView view) {
    String key = service.id();
    long finished = view.sum(FigureNames.PROCESS_FINISHED, key);
    long onTime = view.sum(FigureNames.PROCESS_ON_TIME, key);
    long automatic = view.sum(FigureNames.PROCESS_AUTOMATIC, key);
    long free = view.sum(FigureNames.PROCESS_MEDIA_BREAK_FREE, key);
    boolean enough = finished >= MIN_CASES;
    return new ServiceKpi(
        key,
        service.title(),
        view.sum(FigureNames.PROCESS_STARTED, key),
        finished,
        enough ? view.sum(FigureNames.PROCESS_LEAD_TIME_MINUTES, key) / 60d / finished : null,
        enough ? value(view.percentile(FigureNames.PROCESS_LEAD_TIME_HOURS, key, 50)) : null,
        enough ? value(view.percentile(FigureNames.PROCESS_LEAD_TIME_HOURS, key, 90)) : null,
        onTime,
        enough ? onTime / (double) finished : null,
        automatic,
        enough ? automatic / (double) finished : null,
        free,
        enough ? free / (double) finished : null);
  }

  private static Double value(OptionalDouble d) {
    return d.isPresent() ? d.getAsDouble() : null;
  }
}
