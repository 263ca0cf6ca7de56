package de.iserlohn.digital.dashboard;

import static de.iserlohn.digital.dashboard.DashboardFixture.KEY;
import static de.iserlohn.digital.platform.figures.FigureNames.*;
import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.platform.figures.DailyAggregation;
import de.iserlohn.digital.platform.figures.FigureView;
import de.iserlohn.digital.platform.figures.Figures;
import de.iserlohn.digital.platform.figures.MediaBreaks;
import de.iserlohn.digital.testsupport.Axe;
import de.iserlohn.digital.testsupport.Browser;
import de.iserlohn.digital.testsupport.IntegrationTest;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class DashboardIntegrationTests {

  static final LocalDate JANUARY = LocalDate.of(2025, 1, 1);
  static final LocalDate END_OF_FEBRUARY = LocalDate.of(2025, 2, 28);
  static boolean created;

  @Autowired ProcessEngine engine;
  @Autowired DailyAggregation aggregation;
  @Autowired Figures figures;
  @Autowired MediaBreaks mediaBreaks;
  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @BeforeEach
  void fixture() {
    if (!created) {
      new DashboardFixture(engine).create();
      for (LocalDate day = JANUARY; !day.isAfter(END_OF_FEBRUARY); day = day.plusDays(1)) {
        aggregation.aggregate(day);
      }
      created = true;
    }
  }

  @Test
  void theFiguresOfTheFixtureAreExactlyTheKnownMix() {
    FigureView view = figures.between(JANUARY, END_OF_FEBRUARY);

    assertThat(view.sum(PROCESS_STARTED, KEY)).isEqualTo(9);
    assertThat(view.sum(PROCESS_FINISHED, KEY)).isEqualTo(9);
    assertThat(view.sum(PROCESS_AUTOMATIC, KEY)).as("without user task").isEqualTo(5);
    assertThat(view.sum(PROCESS_MEDIA_BREAK_FREE, KEY))
        .as("the clerk's decisions stay media-break free, the letter by post does not")
        .isEqualTo(8);
    assertThat(view.sum(PROCESS_ON_TIME, KEY)).isEqualTo(7);
    assertThat(view.sum(PROCESS_LEAD_TIME_MINUTES, KEY))
        .isEqualTo(2 * 50 * 60 + 240 * 60 + 72 * 60);
    assertThat(view.percentile(PROCESS_LEAD_TIME_HOURS, KEY, 50)).hasValue(0);
    assertThat(view.percentile(PROCESS_LEAD_TIME_HOURS, KEY, 90)).hasValue(240);
    assertThat(view.monthly(PROCESS_FINISHED, KEY))
        .containsExactlyEntriesOf(
            new TreeMap<>(Map.of(YearMonth.of(2025, 1), 6L, YearMonth.of(2025, 2), 3L)));
    assertThat(view.monthly(PROCESS_MEDIA_BREAK_FREE, KEY))
        .containsExactlyEntriesOf(
            new TreeMap<>(Map.of(YearMonth.of(2025, 1), 5L, YearMonth.of(2025, 2), 3L)));
    assertThat(view.monthly(PROCESS_ON_TIME, KEY))
        .containsExactlyEntriesOf(
            new TreeMap<>(Map.of(YearMonth.of(2025, 1), 5L, YearMonth.of(2025, 2), 2L)));
    FigureView february = figures.between(LocalDate.of(2025, 2, 1), END_OF_FEBRUARY);
    assertThat(february.percentile(PROCESS_LEAD_TIME_HOURS, KEY, 90)).hasValue(72);
    assertThat(
            figures
                .between(JANUARY.plusYears(1), END_OF_FEBRUARY.plusYears(1))
                .sum(PROCESS_FINISHED, KEY))
        .as("the same months a year later")
        .isZero();
  }

  @Test
  void theAggregatesEqualARecomputationFromTheRawHistory() {
    List<HistoricProcessInstance> raw = rawInstances();
    long finished = raw.size();
    long automatic =
        raw.stream()
            .filter(
                p ->
                    engine
                            .getHistoryService()
                            .createHistoricTaskInstanceQuery()
                            .processInstanceId(p.getId())
                            .count()
                        == 0)
            .count();
    String[] marked = mediaBreaks.stepsByProcessKey().get(KEY).toArray(String[]::new);
    long withBreak =
        engine
            .getHistoryService()
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey(KEY)
            .executedActivityIdIn(marked)
            .count();
    long late =
        engine
            .getHistoryService()
            .createHistoricTaskInstanceQuery()
            .processDefinitionKey(KEY)
            .list()
            .stream()
            .filter(t -> t.getEndTime().after(t.getDueDate()))
            .count();
    long minutes =
        raw.stream()
            .mapToLong(p -> (p.getEndTime().getTime() - p.getStartTime().getTime()) / 60_000)
            .sum();

    FigureView view = figures.between(JANUARY, END_OF_FEBRUARY);
    assertThat(view.sum(PROCESS_FINISHED, KEY)).isEqualTo(finished);
    assertThat(view.sum(PROCESS_AUTOMATIC, KEY)).isEqualTo(automatic);
    assertThat(view.sum(PROCESS_MEDIA_BREAK_FREE, KEY)).isEqualTo(finished - withBreak);
    assertThat(view.sum(PROCESS_ON_TIME, KEY)).isEqualTo(finished - late);
    assertThat(view.sum(PROCESS_LEAD_TIME_MINUTES, KEY)).isEqualTo(minutes);
  }

  /** Issue 20: the nightly aggregation runs on one node of a cluster, under a lease. */
  @Test
  void whileAnotherNodeHoldsTheAggregationLeaseThisNodeSkipsTheNightlyRun() {
    LocalDate yesterday = figures.today().minusDays(1);
    aggregation.nightly(); // after the start's back-fill: the lease's row exists and is free
    jdbc.update(
        "update shedlock set lock_until = ?, locked_by = 'another-node'"
            + " where name = 'figures-aggregation'",
        Timestamp.valueOf("2999-01-01 00:00:00"));
    jdbc.update("delete from figure_day where on_day = ?", java.sql.Date.valueOf(yesterday));
    try {
      aggregation.nightly();

      assertThat(figures.aggregatedUntil()).isNotEqualTo(Optional.of(yesterday));
    } finally {
      jdbc.update(
          "update shedlock set lock_until = ? where name = 'figures-aggregation'",
          Timestamp.valueOf("2000-01-01 00:00:00"));
    }
    aggregation.nightly();

    assertThat(figures.aggregatedUntil()).contains(yesterday);
  }

  @Test
  void theFiguresSurviveTheHistoryCleanup() {
    FigureView before = figures.between(JANUARY, END_OF_FEBRUARY);
    List<String> ids = rawInstances().stream().map(HistoricProcessInstance::getId).toList();
    engine.getHistoryService().deleteHistoricProcessInstances(ids);
    assertThat(rawInstances()).isEmpty();

    FigureView after = figures.between(JANUARY, END_OF_FEBRUARY);
    assertThat(after.sum(PROCESS_FINISHED, KEY))
        .isEqualTo(before.sum(PROCESS_FINISHED, KEY))
        .isEqualTo(9);
    assertThat(after.sum(PROCESS_MEDIA_BREAK_FREE, KEY)).isEqualTo(8);
    created = false; // the next test builds the history again
  }

  @Test
  void badFiltersAreRefusedWithAMessage() {
    ResponseEntity<String> unknownUnit =
        http.withBasicAuth("pklein", "pklein")
            .getForEntity("/dashboard/?unit=rathauskeller", String.class);
    assertThat(unknownUnit.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknownUnit.getBody()).contains("Unbekannte Organisationseinheit: rathauskeller");

    ResponseEntity<String> inverted =
        http.withBasicAuth("pklein", "pklein")
            .getForEntity("/dashboard/?from=2025-03-01&to=2025-02-01", String.class);
    assertThat(inverted.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(inverted.getBody()).contains("Der Beginn liegt nach dem Ende des Zeitraums.");

    ResponseEntity<String> csv =
        http.withBasicAuth("pklein", "pklein")
            .getForEntity("/dashboard/daten/dienste.csv?service=gibt-es-nicht", String.class);
    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(csv.getBody()).contains("Unbekannter Onlinedienst: gibt-es-nicht");
  }

  @Test
  void onlyProcessManagersSeeTheDashboard() {
    assertThat(
            http.withBasicAuth("bschmidt", "bschmidt")
                .getForEntity("/dashboard/", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(http.getForEntity("/dashboard/", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void unitsAreNamedAsTheFilePlanNamesThem() {
    String page =
        http.withBasicAuth("pklein", "pklein").getForEntity("/dashboard/", String.class).getBody();
    assertThat(page)
        .contains(">22 Bereich Steuern und Gebühren</option>")
        .contains(">69 Bereich Umwelt und Stadtentwicklung</option>");
  }

  @Test
  void everyChartHasItsDataAsCsv() {
    ResponseEntity<String> csv =
        http.withBasicAuth("pklein", "pklein")
            .getForEntity("/dashboard/daten/onlinedienste.csv", String.class);
    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(csv.getBody())
        .isEqualTo("\"Stand\";\"Onlinedienste\";\"Ziel\"\n\"heute\";\"6\";\"15\"\n");
  }

  @Test
  void chromiumRendersTheChartsAndAxeFindsNoViolation() {
    ChromeDriver browser = Browser.start();
    try {
      browser.get("http://pklein:pklein@localhost:" + port + "/dashboard/");
      assertThat(browser.findElement(By.tagName("h1")).getText())
          .isEqualTo("Kennzahlen der Digitalisierungsstrategie");
      assertThat(browser.findElements(By.cssSelector("table[data-chart]"))).hasSizeGreaterThan(6);
      org.awaitility.Awaitility.await()
          .atMost(java.time.Duration.ofSeconds(20))
          .until(() -> !browser.findElements(By.cssSelector(".zeichnung canvas")).isEmpty());
      assertThat(browser.findElement(By.cssSelector("#diagramm-dienste table")).getText())
          .contains("Sperrmüllabholung", "medienbruchfrei (%)");
      List<String> violations = Axe.violations(browser);
      assertThat(violations).as(Axe.report(browser, violations)).isEmpty();
    } finally {
      browser.quit();
    }
  }

  private List<HistoricProcessInstance> rawInstances() {
    return engine
        .getHistoryService()
        .createHistoricProcessInstanceQuery()
        .processDefinitionKey(KEY)
        .finishedAfter(Date.from(JANUARY.atStartOfDay(DashboardFixture.BERLIN).toInstant()))
        .finishedBefore(
            Date.from(
                END_OF_FEBRUARY.plusDays(1).atStartOfDay(DashboardFixture.BERLIN).toInstant()))
        .list();
  }
}
