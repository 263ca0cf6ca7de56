package de.iserlohn.digital.ozg.kpi;

import de.iserlohn.digital.ozg.catalogue.ServiceCatalogue;
import de.iserlohn.digital.platform.figures.FigureContributor;
import de.iserlohn.digital.platform.figures.MeasuredProcess;
import java.util.List;
import org.springframework.stereotype.Component;

/** The online services of the catalogue as measured processes (one process per service). */
@Component
class OzgFigures implements FigureContributor {

  private final ServiceCatalogue catalogue;

  OzgFigures(ServiceCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public List<MeasuredProcess> processes() {
    return catalogue.all().stream()
        .map(s -> new MeasuredProcess(s.id(), s.title(), MeasuredProcess.Area.OZG, s.orgUnit()))
        .toList();
  }
}
