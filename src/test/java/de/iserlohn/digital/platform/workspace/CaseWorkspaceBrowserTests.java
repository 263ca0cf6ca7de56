package de.iserlohn.digital.platform.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.ozg.OzgTestCases;
import de.iserlohn.digital.ozg.application.Applications;
import de.iserlohn.digital.ozg.catalogue.Upload;
import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.casefile.OpenVorgang;
import de.iserlohn.digital.platform.casefile.ResubmissionProcess;
import de.iserlohn.digital.platform.casefile.RetentionClass;
import de.iserlohn.digital.platform.casefile.SourceChannel;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.testsupport.Axe;
import de.iserlohn.digital.testsupport.Browser;
import de.iserlohn.digital.testsupport.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A clerk of the Stadtbetrieb finds the Vorgang of a submitted defect report by the reporter's
 * name, opens the photo, adds a note, sets a resubmission that becomes a Tasklist task when the
 * clock passes its day, and opens the task from the Vorgang page; a clerk of another unit finds
 * nothing and gets 404 on the Vorgang's address. Every page passes axe-core (WCAG 2.1 A/AA).
 */
@IntegrationTest
class CaseWorkspaceBrowserTests {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Autowired Applications applications;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @LocalServerPort int port;

  private ChromeDriver browser;
  private WebDriverWait wait;
  private String app;

  @BeforeEach
  void openBrowser() {
    browser = Browser.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    app = "http://127.0.0.1:" + port;
  }

  @AfterEach
  void closeBrowser() throws Exception {
    ClockUtil.reset();
    Browser.quit(browser, "akte-last");
  }

  @Test
  void clerkWorksTheDefectReportFromSearchToTaskAndAnotherUnitSeesNothing() throws Exception {
    String lastName = "Quast" + UUID.randomUUID().toString().substring(0, 6);
    String caseNumber =
        applications
            .submit(
                "defect-report",
                Map.of(
                    "category", "schlagloch",
                    "location", "Schillerplatz 7",
                    "description", "Tiefes Schlagloch vor dem Rathaus",
                    "firstName", "Hannelore",
                    "lastName", lastName),
                List.of(new Upload("photos", "schlagloch.png", OzgTestCases.PNG)),
                SourceChannel.PORTAL,
                null,
                null)
            .caseNumber();

    login("skoch");
    assertNoViolations();
    browser.findElement(By.id("feld-name")).sendKeys(lastName);
    browser.findElement(By.id("suchen")).click();
    WebElement hit = wait.until(ExpectedConditions.elementToBeClickable(By.linkText(caseNumber)));
    assertThat(browser.findElement(By.id("treffer")).getText())
        .contains("Hannelore " + lastName, "stadtbetrieb.01 Mängelmeldungen");
    assertNoViolations();

    hit.click();
    wait.until(ExpectedConditions.textToBe(By.id("vorgangsnummer"), caseNumber));
    assertThat(browser.findElement(By.id("aktenplan")).getText())
        .isEqualTo("stadtbetrieb.01 Mängelmeldungen");
    browser.findElement(By.partialLinkText("schlagloch.png ansehen")).click();
    WebElement photo =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("vorschau-bild")));
    wait.until(
        d ->
            (Long)
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return arguments[0].complete ? arguments[0].naturalWidth : 0", photo)
                > 0);
    assertNoViolations();

    String note = "<script>alert('x')</script> Rückruf mit Frau " + lastName + " – 電話 ✓";
    browser.findElement(By.id("feld-text")).sendKeys(note);
    browser.findElement(By.id("vermerk-speichern")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("meldung")));
    assertThat(browser.findElement(By.id("vermerkliste")).getText()).contains(note);

    // a day in the past is refused at the field, even when the browser's own check is bypassed
    WebElement date = browser.findElement(By.id("feld-datum"));
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].removeAttribute('min'); arguments[0].value = arguments[1];",
            date,
            LocalDate.now(BERLIN).minusDays(3).toString());
    browser.findElement(By.id("feld-hinweis")).sendKeys("Rückruf abwarten");
    browser.findElement(By.id("wiedervorlage-setzen")).click();
    WebElement dateError =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fehler-datum")));
    assertThat(dateError.getText()).isEqualTo("Das Datum liegt in der Vergangenheit.");
    assertThat(browser.findElement(By.id("feld-datum")).getAttribute("aria-invalid"))
        .isEqualTo("true");
    assertNoViolations();
    assertThat(resubmissions(caseNumber)).isZero();

    LocalDate tomorrow = LocalDate.now(BERLIN).plusDays(1);
    date = browser.findElement(By.id("feld-datum"));
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].value = arguments[1];", date, tomorrow.toString());
    browser.findElement(By.id("wiedervorlage-setzen")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("meldung")));
    assertThat(resubmissions(caseNumber)).isEqualTo(1);

    // the timer is due on that day, not before
    Date now = new Date();
    assertThat(dueResubmissionTimers(caseNumber, now)).isEmpty();
    ClockUtil.setCurrentTime(
        Date.from(tomorrow.plusDays(1).atStartOfDay(BERLIN).toInstant().plusSeconds(60)));
    List<Job> due = dueResubmissionTimers(caseNumber, ClockUtil.getCurrentTime());
    assertThat(due).hasSize(1);
    try {
      management.executeJob(due.get(0).getId());
    } catch (org.camunda.bpm.engine.ProcessEngineException takenByTheJobExecutor) {
      // the job executor saw the same clock and ran the timer first
    }
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                tasks
                        .createTaskQuery()
                        .processInstanceBusinessKey(caseNumber)
                        .taskDefinitionKey(ResubmissionProcess.TASK)
                        .taskAssignee("skoch")
                        .count()
                    == 1);
    ClockUtil.reset();

    browser.get(app + "/akte/vorgang/" + caseNumber);
    WebElement taskLink =
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.partialLinkText("„Wiedervorlage bearbeiten“ in Tasklist öffnen")));
    assertNoViolations();
    taskLink.click();
    wait.until(ExpectedConditions.urlContains("/camunda/app/tasklist/"));
    WebElement vorgangLink;
    try {
      vorgangLink =
          wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Vorgang öffnen")));
    } finally {
      Path shots = Files.createDirectories(Path.of("target", "screenshots"));
      Files.write(shots.resolve("akte-tasklist.png"), browser.getScreenshotAs(OutputType.BYTES));
      Files.writeString(shots.resolve("akte-tasklist.html"), browser.getPageSource());
    }
    assertThat(vorgangLink.getAttribute("href")).endsWith("/akte/vorgang/" + caseNumber);
    assertThat(
            browser.findElements(By.tagName("textarea")).stream()
                .map(t -> t.getDomProperty("value"))
                .toList())
        .contains("Rückruf abwarten");

    // another unit: nothing found, and the address answers 404
    browser.get(app + "/akte/");
    browser.findElement(By.cssSelector("header form button")).click();
    login("oweber");
    browser.findElement(By.id("feld-name")).sendKeys(lastName);
    browser.findElement(By.id("suchen")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("keine-treffer")));
    browser.get(app + "/akte/vorgang/" + caseNumber);
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Nicht gefunden");
    assertThat(browser.getPageSource()).doesNotContain(lastName);
    assertNoViolations();
    String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
    HttpResponse<String> direct =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(app + "/akte/vorgang/" + caseNumber))
                    .header("Cookie", "JSESSIONID=" + session)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(direct.statusCode()).isEqualTo(404);
  }

  @Autowired CaseFileManagement caseFile;

  @Test
  void loginAndFiguresPagesAreAccessibleAndProcessManagersSeeFiguresNotContents() throws Exception {
    caseFile.open(
        OpenVorgang.of("Hundesteuer Bello", "dog-tax", "steueramt", RetentionClass.FINANCE),
        CurrentUser.SYSTEM);
    browser.get(app + "/akte/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    assertNoViolations();
    login("pklein");
    assertThat(browser.getPageSource()).contains("Kennzahlen");
    browser.findElement(By.id("suchen")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("keine-treffer")));
    browser.get(app + "/akte/kennzahlen");
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Kennzahlen der E-Akte"));
    assertThat(browser.getPageSource()).contains("Bereich Steuern und Gebühren");
    assertNoViolations();
  }

  private void login(String user) {
    browser.get(app + "/akte/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(user);
    browser.findElement(By.id("anmelden")).click();
    wait.until(ExpectedConditions.textToBe(By.id("angemeldet-als"), user));
  }

  private void assertNoViolations() {
    assertThat(Axe.violations(browser)).as(browser.getCurrentUrl()).isEmpty();
  }

  private long resubmissions(String caseNumber) {
    return runtime
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber)
        .processDefinitionKey(ResubmissionProcess.PROCESS_KEY)
        .count();
  }

  private List<Job> dueResubmissionTimers(String caseNumber, Date at) {
    return management
        .createJobQuery()
        .processDefinitionKey(ResubmissionProcess.PROCESS_KEY)
        .processInstanceId(
            runtime
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(ResubmissionProcess.PROCESS_KEY)
                .singleResult()
                .getId())
        .timers()
        .duedateLowerThan(at)
        .list();
  }
}
