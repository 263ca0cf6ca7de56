package de.iserlohn.digital.dashboard;

import static de.iserlohn.digital.platform.figures.FigureNames.*;

import de.iserlohn.digital.platform.casefile.FilePlan;
import de.iserlohn.digital.platform.figures.FigureView;
import de.iserlohn.digital.platform.figures.Figures;
import de.iserlohn.digital.platform.figures.MeasuredProcess;
import de.iserlohn.digital.platform.figures.MeasuredProcess.Area;
import de.iserlohn.digital.platform.identity.OrgUnits;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/** Builds the dashboard's charts for a filter from the daily figures. */
@Service
class Dashboard {

  static final String FEW = "weniger als 5 Fälle";

  /** A section of the page with its charts. */
  record Section(String id, String title, String goal, List<Chart> charts) {}

  private final Figures figures;
  private final Targets targets;
  private final FilePlan filePlan;

  Dashboard(Figures figures, Targets targets, FilePlan filePlan) {
    this.filePlan = filePlan;
    this.figures = figures;
    this.targets = targets;
  }

  List<MeasuredProcess> processes() {
    return figures.processes();
  }

  Figures figures() {
    return figures;
  }

  List<Section> sections(DashboardFilter filter) {
    FigureView view = figures.between(filter.from(), filter.to());
    FigureView previous = figures.between(filter.from().minusYears(1), filter.to().minusYears(1));
    List<MeasuredProcess> ozg = ozgServices(filter);
    return List.of(
        new Section(
            "ozg",
            "OZG-Onlinedienste",
            "Ziele 1.1 (15 Leistungen online bis Ende 2025) und 2.2 (25 % medienbruchfrei)",
            List.of(
                servicesOnline(),
                perService(view, ozg),
                monthly(view, previous, ozg),
                tasksPerUnit(view, filter))),
        new Section(
            "intern",
            "Verwaltungsinterne Prozesse",
            "Ziel 2.3: mindestens fünf verwaltungsinterne Prozesse digital und medienbruchfrei",
            List.of(internal(view, filter))),
        new Section(
            "rechnung",
            "E-Rechnung",
            "Ziel 2.4: alle elektronisch eingehenden Rechnungen werden digital verarbeitet",
            List.of(invoices(view))),
        new Section(
            "post",
            "Digitale Poststelle",
            "Ziel 2.6: die Poststelle arbeitet digital",
            List.of(mailroom(view))),
        new Section(
            "personal",
            "Mobiles Arbeiten",
            "Ziel 4.1: doppelt so viele Beschäftigte wie 2020 können mobil arbeiten",
            List.of(mobileWork(view, filter))),
        new Section(
            "smartcity",
            "Smart City",
            "Betrieb der Sensoren und Einsätze",
            List.of(smartCity(view))));
  }

  /** One chart by id, for the CSV download. */
  Chart chart(DashboardFilter filter, String id) {
    return sections(filter).stream()
        .flatMap(s -> s.charts().stream())
        .filter(c -> c.id().equals(id))
        .findFirst()
        .orElse(null);
  }

  private List<MeasuredProcess> ozgServices(DashboardFilter filter) {
    return figures.processes().stream()
        .filter(p -> p.area() == Area.OZG)
        .filter(p -> filter.unit() == null || filter.unit().equals(p.unit()))
        .filter(p -> filter.service() == null || filter.service().equals(p.key()))
        .toList();
  }

  private Chart servicesOnline() {
    long online = figures.processes().stream().filter(p -> p.area() == Area.OZG).count();
    return new Chart(
        "onlinedienste",
        "Onlinedienste im Serviceportal",
        "Leistungen, die online beantragt werden können, gegenüber dem Ziel von 15 Leistungen.",
        "bar",
        List.of("Stand", "Onlinedienste", "Ziel"),
        List.of(new Chart.Row("heute", List.of(number(online), number(Targets.SERVICES_ONLINE)))),
        (double) Targets.SERVICES_ONLINE,
        "Ziel 1.1: 15");
  }

  private Chart perService(FigureView view, List<MeasuredProcess> services) {
    List<Chart.Row> rows = new ArrayList<>();
    for (MeasuredProcess s : services) {
      long finished = view.sum(PROCESS_FINISHED, s.key());
      rows.add(
          new Chart.Row(
              s.title(),
              List.of(
                  number(view.sum(PROCESS_STARTED, s.key())),
                  number(finished),
                  hours(view, s.key(), 50, finished),
                  hours(view, s.key(), 90, finished),
                  share(view.sum(PROCESS_ON_TIME, s.key()), finished),
                  share(view.sum(PROCESS_AUTOMATIC, s.key()), finished),
                  share(view.sum(PROCESS_MEDIA_BREAK_FREE, s.key()), finished))));
    }
    long finished = view.sum(PROCESS_FINISHED, keys(services));
    rows.add(
        new Chart.Row(
            "alle",
            List.of(
                number(view.sum(PROCESS_STARTED, keys(services))),
                number(finished),
                empty(),
                empty(),
                share(view.sum(PROCESS_ON_TIME, keys(services)), finished),
                share(view.sum(PROCESS_AUTOMATIC, keys(services)), finished),
                share(view.sum(PROCESS_MEDIA_BREAK_FREE, keys(services)), finished))));
    return new Chart(
        "dienste",
        "Anträge je Onlinedienst",
        "Eingegangene und abgeschlossene Anträge im Zeitraum, Durchlaufzeit vom Antrag bis zum"
            + " Abschluss (Median und 90-%-Wert in Stunden), fristgerecht bearbeitet, vollautomatisch"
            + " (ohne Aufgabe in der Tasklist) und medienbruchfrei (kein als Medienbruch markierter"
            + " Schritt; Ziel 2.2: 25 %).",
        "bar",
        List.of(
            "Onlinedienst",
            "Anträge",
            "abgeschlossen",
            "Durchlaufzeit Median (h)",
            "Durchlaufzeit 90 % (h)",
            "fristgerecht (%)",
            "vollautomatisch (%)",
            "medienbruchfrei (%)"),
        rows,
        Targets.SHARE_WITHOUT_MEDIA_BREAK * 100,
        "Ziel 2.2: 25 % medienbruchfrei");
  }

  private Chart monthly(FigureView view, FigureView previous, List<MeasuredProcess> services) {
    List<Chart.Row> rows = new ArrayList<>();
    for (YearMonth month = YearMonth.from(view.from());
        !month.isAfter(YearMonth.from(view.to()));
        month = month.plusMonths(1)) {
      long submitted = monthSum(view, PROCESS_STARTED, services, month);
      long lastYear = monthSum(previous, PROCESS_STARTED, services, month.minusYears(1));
      long finished = monthSum(view, PROCESS_FINISHED, services, month);
      long free = monthSum(view, PROCESS_MEDIA_BREAK_FREE, services, month);
      rows.add(
          new Chart.Row(
              monthLabel(month),
              List.of(number(submitted), number(lastYear), share(free, finished))));
    }
    return new Chart(
        "antraege-monat",
        "Anträge je Monat und Vorjahr",
        "Eingegangene Anträge je Monat, derselbe Monat des Vorjahres und der Anteil der im Monat"
            + " abgeschlossenen Anträge, die medienbruchfrei bearbeitet wurden.",
        "line",
        List.of("Monat", "Anträge", "Anträge Vorjahr", "medienbruchfrei (%)"),
        rows,
        null,
        null);
  }

  private Chart tasksPerUnit(FigureView view, DashboardFilter filter) {
    List<Chart.Row> rows = new ArrayList<>();
    for (String unit : OrgUnits.CLERK_UNITS) {
      if (filter.unit() != null && !filter.unit().equals(unit)) {
        continue;
      }
      Long open = view.latest(TASKS_OPEN, unit);
      Long overdue = view.latest(TASKS_OVERDUE, unit);
      rows.add(
          new Chart.Row(
              filePlan.unitLabel(unit),
              List.of(
                  open == null ? empty() : number(open),
                  overdue == null ? empty() : number(overdue))));
    }
    return new Chart(
        "aufgaben",
        "Offene und überfällige Aufgaben je Organisationseinheit",
        "Aufgaben in der Tasklist am Ende des letzten Tages im Zeitraum (Kandidatengruppe ="
            + " Organisationseinheit); überfällig: Fälligkeitsdatum überschritten.",
        "bar",
        List.of("Organisationseinheit", "offen", "überfällig"),
        rows,
        null,
        null);
  }

  private Chart internal(FigureView view, DashboardFilter filter) {
    List<Chart.Row> rows = new ArrayList<>();
    int digital = 0;
    for (MeasuredProcess p : figures.processes()) {
      if (p.area() != Area.INTERNAL
          || (filter.unit() != null && p.unit() != null && !filter.unit().equals(p.unit()))) {
        continue;
      }
      long finished = view.sum(PROCESS_FINISHED, p.key());
      long free = view.sum(PROCESS_MEDIA_BREAK_FREE, p.key());
      boolean runsDigitally = finished > 0 && free == finished;
      if (runsDigitally) {
        digital++;
      }
      rows.add(
          new Chart.Row(
              p.title(),
              List.of(
                  number(view.sum(PROCESS_STARTED, p.key())),
                  number(finished),
                  share(free, finished),
                  new Chart.Cell(runsDigitally ? "ja" : "nein", runsDigitally ? 1d : 0d))));
    }
    rows.add(
        new Chart.Row(
            "medienbruchfreie Prozesse", List.of(empty(), empty(), empty(), number(digital))));
    return new Chart(
        "interne-prozesse",
        "Verwaltungsinterne Prozesse",
        "Vorgänge je internem Prozess im Zeitraum; ein Prozess zählt als digital und"
            + " medienbruchfrei, wenn er im Zeitraum lief und kein Vorgang einen Medienbruch hatte."
            + " Ziel 2.3: mindestens fünf solche Prozesse.",
        "bar",
        List.of("Prozess", "begonnen", "abgeschlossen", "medienbruchfrei (%)", "digital"),
        rows,
        null,
        "Ziel 2.3: 5 Prozesse");
  }

  private Chart invoices(FigureView view) {
    long electronic = view.sum(INVOICE_RECEIVED, "electronic");
    long paper = view.sum(INVOICE_RECEIVED, "paper");
    long used = view.sum(INVOICE_SKONTO_USED, "");
    long lost = view.sum(INVOICE_SKONTO_LOST, "");
    long released = view.sum(PROCESS_FINISHED, "invoice-approval");
    return new Chart(
        "e-rechnung",
        "Rechnungseingang und Freigabe",
        "Rechnungen elektronisch (XRechnung, ZUGFeRD über REST oder E-Mail) und auf Papier"
            + " (gescannt und von Hand erfasst), Dauer der Freigabe und Skonto genutzt oder verloren.",
        "bar",
        List.of("Kennzahl", "Anzahl", "Anteil (%)"),
        List.of(
            new Chart.Row(
                "elektronisch", List.of(number(electronic), share(electronic, electronic + paper))),
            new Chart.Row("Papier", List.of(number(paper), share(paper, electronic + paper))),
            new Chart.Row(
                "Freigabe: Median (h)",
                List.of(hours(view, "invoice-approval", 50, released), empty())),
            new Chart.Row(
                "Freigabe: 90 % (h)",
                List.of(hours(view, "invoice-approval", 90, released), empty())),
            new Chart.Row("Skonto genutzt", List.of(number(used), share(used, used + lost))),
            new Chart.Row("Skonto verloren", List.of(number(lost), share(lost, used + lost)))),
        Targets.SHARE_INVOICES_DIGITAL * 100,
        "Ziel 2.4: 100 % digital");
  }

  private Chart mailroom(FigureView view) {
    String key = "mailroom-item";
    long days = ChronoUnit.DAYS.between(view.from(), view.to()) + 1;
    long items = view.sum(PROCESS_STARTED, key);
    long finished = view.sum(PROCESS_FINISHED, key);
    long automatic = view.sum(PROCESS_AUTOMATIC, key);
    Chart.Cell minutes =
        finished < Targets.MIN_CASES
            ? few(finished)
            : decimal(view.sum(PROCESS_LEAD_TIME_MINUTES, key) / (double) finished);
    return new Chart(
        "poststelle",
        "Posteingang",
        "Gescannte Schriftstücke im Zeitraum und je Tag, Anteil automatisch klassifiziert und"
            + " verteilt (ohne Aufgabe „Posteingang zuordnen“) und die mittlere Zeit vom Scan bis"
            + " zur Verteilung.",
        "bar",
        List.of("Kennzahl", "Wert"),
        List.of(
            new Chart.Row("Schriftstücke", List.of(number(items))),
            new Chart.Row("je Tag", List.of(decimal(items / (double) days))),
            new Chart.Row("automatisch klassifiziert (%)", List.of(share(automatic, finished))),
            new Chart.Row("Scan bis Verteilung (min, Mittel)", List.of(minutes))),
        null,
        null);
  }

  private Chart mobileWork(FigureView view, DashboardFilter filter) {
    List<String> units = filter.unit() == null ? view.dimensions(HR_STAFF) : List.of(filter.unit());
    List<Chart.Row> rows = new ArrayList<>();
    TreeMap<YearMonth, long[]> months = new TreeMap<>();
    for (String unit : units) {
      view.monthlyLatest(HR_STAFF, unit)
          .forEach((m, v) -> months.computeIfAbsent(m, k -> new long[2])[0] += v);
      view.monthlyLatest(HR_MOBILE_WORK, unit)
          .forEach((m, v) -> months.computeIfAbsent(m, k -> new long[2])[1] += v);
    }
    Integer baseline = targets.mobileWorkBaseline2020();
    months.forEach(
        (m, a) -> {
          boolean enough = a[0] >= Targets.MIN_CASES;
          rows.add(
              new Chart.Row(
                  monthLabel(m),
                  List.of(
                      enough ? number(a[0]) : few(a[0]),
                      enough ? number(a[1]) : few(a[0]),
                      enough ? share(a[1], a[0]) : few(a[0]))));
        });
    return new Chart(
        "mobiles-arbeiten",
        "Beschäftigte mit Vereinbarung über mobiles Arbeiten",
        "Beschäftigte im Verzeichnis und mit einer geltenden Vereinbarung am letzten Tag des Monats."
            + (baseline == null
                ? " Ausgangswert 2020 nicht hinterlegt (iserlohn.dashboard.mobile-work-baseline-2020)."
                : " Ziel 4.1: "
                    + 2 * baseline
                    + " Beschäftigte (doppelt so viele wie 2020: "
                    + baseline
                    + ")."),
        "line",
        List.of("Monat", "Beschäftigte", "mobil arbeitend", "Anteil (%)"),
        rows,
        baseline == null ? null : 2.0 * baseline,
        baseline == null ? null : "Ziel 4.1");
  }

  private Chart smartCity(FigureView view) {
    long days = ChronoUnit.DAYS.between(view.from(), view.to()) + 1;
    Long bins = view.latest(SMARTCITY_BINS, "");
    long emptied = view.sum(SMARTCITY_BINS_EMPTIED, "");
    long calendar = bins == null ? 0 : Math.round(bins * (double) days / targets.fixedPickupDays());
    long dispatches = view.cases(SMARTCITY_WINTER_RESPONSE_MINUTES, "");
    OptionalDouble response = view.percentile(SMARTCITY_WINTER_RESPONSE_MINUTES, "", 50);
    Long online = view.latest(SMARTCITY_DEVICES_ONLINE, "");
    Long devices = view.latest(SMARTCITY_DEVICES, "");
    return new Chart(
        "smartcity",
        "Sensorgestützte Einsätze",
        "Leerungen nach Füllstand gegenüber einem festen Abfuhrkalender (jeder Behälter alle "
            + targets.fixedPickupDays()
            + " Tage), Bewässerungsaufträge, Winterdienst-Reaktionszeit (Median vom Glättealarm bis"
            + " zur Freigabe) und Sensoren mit Meldung am letzten Tag.",
        "bar",
        List.of("Kennzahl", "Wert"),
        List.of(
            new Chart.Row("Leerungen nach Füllstand", List.of(number(emptied))),
            new Chart.Row("Leerungen nach festem Kalender", List.of(number(calendar))),
            new Chart.Row(
                "Bewässerungsaufträge",
                List.of(number(view.sum(PROCESS_STARTED, "tree-watering")))),
            new Chart.Row(
                "Winterdienst: Reaktionszeit Median (min)",
                List.of(
                    dispatches == 0 || response.isEmpty()
                        ? empty()
                        : number((long) response.getAsDouble()))),
            new Chart.Row("Sensoren online", List.of(online == null ? empty() : number(online))),
            new Chart.Row(
                "Sensoren registriert", List.of(devices == null ? empty() : number(devices)))),
        null,
        null);
  }

  private static long monthSum(
      FigureView view, String figure, List<MeasuredProcess> services, YearMonth month) {
    long total = 0;
    for (MeasuredProcess s : services) {
      total += view.monthly(figure, s.key()).getOrDefault(month, 0L);
    }
    return total;
  }

  private static List<String> keys(List<MeasuredProcess> services) {
    return services.stream().map(MeasuredProcess::key).toList();
  }

  static String monthLabel(YearMonth month) {
    return String.format(Locale.GERMANY, "%02d.%d", month.getMonthValue(), month.getYear());
  }

  private static Chart.Cell hours(FigureView view, String key, double p, long finished) {
    if (finished > 0 && finished < Targets.MIN_CASES) {
      return few(finished);
    }
    OptionalDouble h = view.percentile(PROCESS_LEAD_TIME_HOURS, key, p);
    return h.isEmpty() ? empty() : number((long) h.getAsDouble());
  }

  static Chart.Cell share(long part, long whole) {
    if (whole == 0) {
      return empty();
    }
    if (whole < Targets.MIN_CASES) {
      return few(whole);
    }
    double percent = 100.0 * part / whole;
    return new Chart.Cell(String.format(Locale.GERMANY, "%.1f", percent), percent);
  }

  static Chart.Cell number(long n) {
    return new Chart.Cell(String.format(Locale.GERMANY, "%,d", n), (double) n);
  }

  static Chart.Cell decimal(double d) {
    return new Chart.Cell(String.format(Locale.GERMANY, "%.1f", d), d);
  }

  static Chart.Cell few(long n) {
    return n == 0 ? empty() : new Chart.Cell(FEW, null);
  }

  static Chart.Cell empty() {
    return new Chart.Cell("–", null);
  }

  static boolean present(Object o) {
    return Objects.nonNull(o);
  }
}
