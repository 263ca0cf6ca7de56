package de.iserlohn.digital.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.ozg.OzgTestCases;
import de.iserlohn.digital.ozg.catalogue.ServiceCatalogue;
import de.iserlohn.digital.ozg.catalogue.ServiceDefinition;
import de.iserlohn.digital.testsupport.Axe;
import de.iserlohn.digital.testsupport.Browser;
import de.iserlohn.digital.testsupport.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * axe-core (WCAG 2.1 A and AA) in a real Chromium on every page people see in the default profile:
 * the start page, the citizen portal (catalogue, every service's form, its error state, the
 * confirmation, the status page, "Meine Anträge", not found), the Poststelle, the employees'
 * self-service and the public map. Each page must have no violation.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserTests {

  @Autowired ServiceCatalogue catalogue;
  @LocalServerPort int port;

  private ChromeDriver browser;
  private WebDriverWait wait;
  private final Map<String, List<String>> violations = new LinkedHashMap<>();

  @BeforeAll
  void openBrowser() {
    browser = Browser.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theStartPageAndThePublicMapHaveNoViolations() {
    check("/");
    check("/smartcity/karte");

    assertNoViolations();
  }

  @Test
  void everyPortalPageHasNoViolations() throws IOException {
    check("/portal/");
    check("/portal/?q=gibt-es-nicht");
    for (ServiceDefinition service : catalogue.all()) {
      check("/portal/dienste/" + service.id());
    }
    // the error state: a form sent empty (past the browser's own checks) comes back with messages
    open("/portal/dienste/" + catalogue.all().get(0).id());
    ((JavascriptExecutor) browser)
        .executeScript("document.querySelector('form.antragsformular').submit()");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fehlerzusammenfassung")));
    record("form with errors");

    submitBulkyWasteApplication();
    record("confirmation");
    browser.findElement(By.linkText("Stand meines Antrags ansehen")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status")));
    record("status page");

    check("/portal/antraege");
    check("/portal/dienste/gibt-es-nicht");

    assertNoViolations();
  }

  @Test
  void thePoststelleAndTheSelfServiceHaveNoViolations() {
    // HTTP Basic in the address, as Chromium allows for a page (pbecker: Poststelle)
    browser.get("http://pbecker:pbecker@127.0.0.1:" + port + "/poststelle/");
    wait.until(ExpectedConditions.titleContains("Poststelle"));
    record("/poststelle/");

    check("/mitarbeiter/anmelden");
    // a wrong login (an unknown user: the engine locks a real one for a few seconds)
    browser.findElement(By.id("username")).sendKeys("niemand");
    browser.findElement(By.id("password")).sendKeys("falsch");
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    wait.until(ExpectedConditions.urlContains("fehler"));
    record("/mitarbeiter/anmelden (wrong password)");
    browser.findElement(By.id("username")).sendKeys("jmeyer");
    browser.findElement(By.id("password")).sendKeys("jmeyer");
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("anmelden")));
    check("/mitarbeiter/");
    check("/mitarbeiter/dienstreise");
    check("/mitarbeiter/mobiles-arbeiten");
    check("/mitarbeiter/reisekosten");
    open("/mitarbeiter/dienstreise");
    ((JavascriptExecutor) browser).executeScript("document.querySelector('main form').submit()");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fehler")));
    record("/mitarbeiter/dienstreise (errors)");

    assertNoViolations();
  }

  private void submitBulkyWasteApplication() throws IOException {
    Path photo = Files.createTempFile("sperrmuell-", ".png");
    Files.write(photo, OzgTestCases.PNG);
    open("/portal/dienste/bulky-waste-pickup");
    type("firstName", "Erika");
    type("lastName", "Mustermann");
    type("email", "erika.mustermann@example.org");
    type("street", "Schillerplatz 7");
    type("postalCode", "58636");
    new Select(browser.findElement(By.id("feld-district"))).selectByVisibleText("Innenstadt");
    type("volume", "2");
    type("items", "Ein altes Sofa");
    browser.findElement(By.id("feld-confirmation")).click();
    browser.findElement(By.id("feld-photos")).sendKeys(photo.toAbsolutePath().toString());
    browser.findElement(By.cssSelector("form.antragsformular button[type=submit]")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("aktenzeichen")));
  }

  private void type(String key, String text) {
    browser.findElement(By.id("feld-" + key)).sendKeys(text);
  }

  private void open(String path) {
    browser.get("http://127.0.0.1:" + port + path);
    wait.until(
        driver ->
            "complete"
                .equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
  }

  private void check(String path) {
    open(path);
    record(path);
  }

  private void record(String page) {
    List<String> found = Axe.violations(browser);
    if (!found.isEmpty()) {
      violations.put(page, found);
    }
  }

  private void assertNoViolations() {
    String report =
        violations.entrySet().stream()
            .map(e -> e.getKey() + "\n    " + String.join("\n    ", e.getValue()))
            .collect(Collectors.joining("\n"));
    violations.clear();
    assertThat(report).as("WCAG 2.1 A/AA violations (axe-core)").isEmpty();
  }
}
