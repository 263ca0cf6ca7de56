package de.iserlohn.digital.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.testsupport.Browser;
import de.iserlohn.digital.testsupport.IntegrationTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Finding 13 of issue 17 in a real Chromium: with the Content-Security-Policy on, the portal, the
 * Swagger UI, the public map, the dashboard and the Camunda webapps (their own policy) still work,
 * and Chromium reports no refused script, style or image.
 */
@IntegrationTest
class ContentSecurityPolicyBrowserTests {

  static ChromeDriver browser;

  @LocalServerPort int port;

  @BeforeAll
  static void start() {
    browser = Browser.start();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theSwaggerUiRendersTheApi() {
    open("/swagger-ui/index.html");
    waitFor(By.cssSelector(".swagger-ui .opblock"));
    assertNoPolicyViolation();
  }

  @Test
  void thePortalFormWorks() {
    open("/portal/dienste/bulky-waste-pickup");
    waitFor(By.cssSelector("form input[name=firstName]"));
    assertNoPolicyViolation();
  }

  @Test
  void thePublicMapLoadsItsScript() {
    open("/smartcity/karte");
    waitFor(By.cssSelector(".leaflet-container"));
    assertNoPolicyViolation();
  }

  @Test
  void theDashboardDrawsItsCharts() {
    browser.manage().logs().get(LogType.BROWSER);
    browser.get("http://pklein:pklein@127.0.0.1:" + port + "/dashboard/");
    waitFor(By.cssSelector("canvas, svg"));
    assertNoPolicyViolation();
  }

  @Test
  void tasklistShowsItsLoginWithItsOwnPolicy() {
    open("/camunda/app/tasklist/");
    waitFor(By.cssSelector("input[type=password]"));
    assertNoPolicyViolation();
  }

  private void open(String path) {
    browser.manage().logs().get(LogType.BROWSER);
    browser.get("http://localhost:" + port + path);
  }

  private static void waitFor(By element) {
    new WebDriverWait(browser, Duration.ofSeconds(60))
        .until(d -> !d.findElements(element).isEmpty());
  }

  private static void assertNoPolicyViolation() {
    List<String> violations =
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .map(LogEntry::getMessage)
            .filter(m -> m.contains("Content Security Policy"))
            .toList();
    assertThat(violations).isEmpty();
  }
}
