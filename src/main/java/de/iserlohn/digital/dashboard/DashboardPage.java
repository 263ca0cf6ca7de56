package de.iserlohn.digital.dashboard;

import de.iserlohn.digital.platform.casefile.FilePlan;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.identity.CurrentUsers;
import de.iserlohn.digital.platform.identity.OrgUnits;
import de.iserlohn.digital.platform.web.CityTime;
import de.iserlohn.digital.platform.web.CsvFormat;
import de.iserlohn.digital.platform.web.InvalidInputException;
import de.iserlohn.digital.platform.web.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboard page {@code /dashboard/} (German, server-rendered; the charts are drawn by ECharts
 * from the tables) and the CSV download of every chart. Process managers and administrators only;
 * anybody else gets 404.
 */
@Controller
class DashboardPage {

  private final Dashboard dashboard;
  private final FilePlan filePlan;

  DashboardPage(Dashboard dashboard, FilePlan filePlan) {
    this.dashboard = dashboard;
    this.filePlan = filePlan;
  }

  @GetMapping("/dashboard/")
  String page(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String service,
      Model model,
      HttpServletResponse response) {
    checkAccess();
    model.addAttribute("units", OrgUnits.CLERK_UNITS);
    model.addAttribute("unitLabels", unitLabels());
    model.addAttribute(
        "services",
        dashboard.processes().stream()
            .filter(p -> p.area() == de.iserlohn.digital.platform.figures.MeasuredProcess.Area.OZG)
            .toList());
    model.addAttribute("unit", unit);
    model.addAttribute("service", service);
    model.addAttribute("fromText", from);
    model.addAttribute("toText", to);
    try {
      DashboardFilter filter = parse(from, to, unit, service);
      model.addAttribute("filter", filter);
      model.addAttribute("fromText", filter.from().toString());
      model.addAttribute("toText", filter.to().toString());
      model.addAttribute(
          "period",
          CityTime.DATE.format(filter.from()) + " bis " + CityTime.DATE.format(filter.to()));
      model.addAttribute("sections", dashboard.sections(filter));
      model.addAttribute(
          "aggregatedUntil",
          dashboard.figures().aggregatedUntil().map(CityTime.DATE::format).orElse("noch nicht"));
      model.addAttribute("query", query(filter));
      model.addAttribute("errors", List.of());
    } catch (InvalidInputException e) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("errors", e.errors());
      model.addAttribute("sections", List.of());
    }
    return "dashboard/uebersicht";
  }

  @GetMapping("/dashboard/daten/{chart}.csv")
  ResponseEntity<String> csv(
      @PathVariable String chart,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String service) {
    checkAccess();
    DashboardFilter filter = parse(from, to, unit, service);
    Chart c = dashboard.chart(filter, chart);
    if (c == null) {
      throw new NotFoundException("Diagramm nicht gefunden");
    }
    StringBuilder csv = new StringBuilder();
    csv.append(CsvFormat.line(c.columns().stream().map(CsvFormat::cell).toArray(String[]::new)));
    for (Chart.Row row : c.rows()) {
      List<String> cells = new ArrayList<>();
      cells.add(CsvFormat.cell(row.label()));
      row.cells().forEach(cell -> cells.add(CsvFormat.cell(cell.text())));
      csv.append(CsvFormat.line(cells.toArray(String[]::new)));
    }
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_TYPE, CsvFormat.MEDIA_TYPE)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"" + c.id() + "-" + filter.from() + "-" + filter.to() + ".csv\"")
        .body(csv.toString());
  }

  /** The org units as the file plan names them ("22 Bereich Steuern und Gebühren"). */
  private java.util.Map<String, String> unitLabels() {
    java.util.Map<String, String> labels = new java.util.LinkedHashMap<>();
    OrgUnits.CLERK_UNITS.forEach(u -> labels.put(u, filePlan.unitLabel(u)));
    return labels;
  }

  private DashboardFilter parse(String from, String to, String unit, String service) {
    return DashboardFilter.parse(
        from, to, unit, service, dashboard.figures().today(), dashboard.processes());
  }

  static String query(DashboardFilter filter) {
    StringBuilder q = new StringBuilder("?from=" + filter.from() + "&to=" + filter.to());
    if (filter.unit() != null) {
      q.append("&unit=").append(filter.unit());
    }
    if (filter.service() != null) {
      q.append("&service=").append(filter.service());
    }
    return q.toString();
  }

  static void checkAccess() {
    CurrentUser user = CurrentUsers.current();
    if (!user.isMemberOf(OrgUnits.PROCESS_MANAGERS) && !user.isAdmin()) {
      throw new NotFoundException("Dashboard nicht gefunden");
    }
  }
}
