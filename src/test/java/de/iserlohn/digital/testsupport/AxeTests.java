package de.iserlohn.digital.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

class AxeTests {

  static ChromeDriver driver;

  @BeforeAll
  static void start() {
    driver = Browser.start();
  }

  @AfterAll
  static void stop() {
    driver.quit();
  }

  @Test
  void aFinePageHasNoViolations() {
    show(
        "<!doctype html><html lang=\"de\"><head><title>Gut</title></head>"
            + "<body><main><h1>Gut</h1><p>Alles lesbar.</p></main></body></html>");

    assertThat(Axe.violations(driver)).isEmpty();
  }

  @Test
  void anImageWithoutTextAndAPageWithoutLanguageAreReported() {
    show(
        "<!doctype html><html><head><title>Schlecht</title></head>"
            + "<body><main><h1>Schlecht</h1><img src=\"x.png\"></main></body></html>");

    assertThat(Axe.violations(driver))
        .anySatisfy(line -> assertThat(line).startsWith("image-alt (critical)"))
        .anySatisfy(line -> assertThat(line).startsWith("html-has-lang (serious)"));
  }

  @Test
  void excludedElementsAreNotChecked() {
    show(
        "<!doctype html><html lang=\"de\"><head><title>Fremd</title></head>"
            + "<body><main><h1>Fremd</h1><div id=\"vendor\"><img src=\"x.png\"></div></main>"
            + "</body></html>");

    assertThat(Axe.violations(driver, List.of("#vendor"))).isEmpty();
  }

  private static void show(String html) {
    driver.get(
        "data:text/html;charset=utf-8,"
            + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20"));
  }
}
