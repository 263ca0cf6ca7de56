package de.iserlohn.digital.ozg.kpi;

import de.iserlohn.digital.platform.figures.FigureNames;
import de.iserlohn.digital.platform.figures.FigureView;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.identity.CurrentUsers;
import de.iserlohn.digital.platform.identity.OrgUnits;
import de.iserlohn.digital.platform.web.InvalidInputException;
import de.iserlohn.digital.platform.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The KPIs of the online services for process managers (platform {@code /api/**} chain). */
@RestController
@Tag(name = "OZG-Onlinedienste")
class KpiController {

  /** Without a start date the KPIs cover this many years back. */
  static final int DEFAULT_YEARS = 10;

  private final OzgKpis kpis;

  KpiController(OzgKpis kpis) {
    this.kpis = kpis;
  }

  /** KPIs: lead time, deadline adherence and share without media break per service. */
  record Kpis(
      LocalDate from,
      LocalDate to,
      List<ServiceKpi> services,
      int servicesOnline,
      int goalServicesOnline,
      double goalShareWithoutMediaBreak,
      Map<String, Long> openPerUnit,
      Map<String, Long> openTasksPerUnit,
      Map<String, Long> overdueTasksPerUnit) {}

  @Operation(summary = "Kennzahlen der Onlinedienste (Prozessmanagement)")
  @GetMapping("/api/ozg/kpis")
  Kpis kpis(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    CurrentUser user = CurrentUsers.current();
    if (!user.isMemberOf(OrgUnits.PROCESS_MANAGERS) && !user.isAdmin()) {
      throw new NotFoundException("Kennzahlen nicht gefunden");
    }
    LocalDate end = to == null ? kpis.figures().today() : to;
    LocalDate start = from == null ? end.minusYears(DEFAULT_YEARS) : from;
    if (start.isAfter(end)) {
      throw InvalidInputException.of("from", "Der Beginn liegt nach dem Ende des Zeitraums.");
    }
    FigureView view = kpis.figures().between(start, end, true);
    return new Kpis(
        start,
        end,
        kpis.perService(view),
        kpis.servicesOnline(),
        OzgKpis.GOAL_SERVICES_ONLINE,
        OzgKpis.GOAL_WITHOUT_MEDIA_BREAK,
        kpis.openPerUnit(),
        perUnit(view, FigureNames.TASKS_OPEN),
        perUnit(view, FigureNames.TASKS_OVERDUE));
  }

  private static Map<String, Long> perUnit(FigureView view, String figure) {
    Map<String, Long> result = new TreeMap<>();
    for (String unit : OrgUnits.CLERK_UNITS) {
      Long value = view.latest(figure, unit);
      if (value != null) {
        result.put(unit, value);
      }
    }
    return result;
  }
}
