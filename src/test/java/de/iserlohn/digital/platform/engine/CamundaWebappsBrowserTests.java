package de.iserlohn.digital.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.testsupport.Axe;
import de.iserlohn.digital.testsupport.Browser;
import de.iserlohn.digital.testsupport.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tasklist, Cockpit and Admin as a clerk sees them in a real Chromium (browser language English, so
 * German comes from the city's configuration, not from the browser): the login in German, the
 * city's name in the header, no end-of-life banner. axe-core's findings on the vendor's login page
 * are written to {@code target/axe/<app>-login.txt} (reported, not asserted: vendor markup).
 */
@IntegrationTest
class CamundaWebappsBrowserTests {

  @LocalServerPort int port;

  private ChromeDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() {
    browser = Browser.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(120));
  }

  @AfterEach
  void closeBrowser() throws IOException {
    Browser.quit(browser, "camunda-webapp-last");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void theWebappSpeaksGermanCarriesTheCitysNameAndShowsNoEndOfLifeBanner(String app)
      throws IOException {
    browser.get("http://127.0.0.1:" + port + "/camunda/app/" + app + "/");
    WebElement username =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[ng-model=username]")));

    assertThat(username.getAttribute("placeholder")).isEqualTo("Benutzername");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("de");
    report(app, Axe.violations(browser));

    username.sendKeys("demo");
    browser.findElement(By.cssSelector("[ng-model=password]")).sendKeys("demo");
    browser.findElement(By.cssSelector("form[name=signinForm] [type=submit]")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".brand-name"), "Stadt Iserlohn"));

    assertThat(browser.getTitle()).startsWith("Stadt Iserlohn");
    assertThat(browser.findElement(By.cssSelector("[cam-widget-header]")).getText())
        .contains("Stadt Iserlohn")
        .doesNotContain("Camunda 8", "migrate");
    List<WebElement> banners = browser.findElements(By.cssSelector(".ce-eol-banner"));
    assertThat(banners).isNotEmpty().noneMatch(WebElement::isDisplayed);
  }

  private static void report(String app, List<String> violations) throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "axe"));
    Files.writeString(
        dir.resolve(app + "-login.txt"),
        violations.isEmpty() ? "no violations\n" : String.join("\n", violations) + "\n");
  }
}
