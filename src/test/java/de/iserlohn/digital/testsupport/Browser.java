package de.iserlohn.digital.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Debian Chromium driven by Debian's chromedriver, both found on the PATH ({@code
 * .ci/run} installs the packages {@code chromium} and {@code chromium-driver}). Nothing is
 * downloaded: Selenium Manager is not used.
 */
public final class Browser {

  private Browser() {}

  public static ChromeDriver start() {
    Path chromium =
        onPath("chromium", "chromium-browser", "google-chrome")
            .orElseThrow(
                () -> new IllegalStateException("chromium not on PATH (apt-get install chromium)"));
    Path driver =
        onPath("chromedriver")
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "chromedriver not on PATH (apt-get install chromium-driver)"));
    try {
      ChromeOptions options = new ChromeOptions();
      options.setBinary(chromium.toFile());
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--lang=de-DE",
          "--window-size=1400,1000",
          "--user-data-dir=" + Files.createTempDirectory("iserlohn-chromium-"));
      // the console (e.g. Content-Security-Policy violations) is readable by the tests
      options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
      ChromeDriverService service =
          new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build();
      ChromeDriver browser = new ChromeDriver(service, options);
      browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      return browser;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Keeps the last page as {@code target/screenshots/<name>.png} (to see where a failed test
   * stopped) and closes the browser; nothing when it did not start.
   */
  public static void quit(ChromeDriver browser, String name) throws IOException {
    if (browser == null) {
      return;
    }
    Path shots = Files.createDirectories(Path.of("target", "screenshots"));
    Files.write(shots.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    browser.quit();
  }

  static Optional<Path> onPath(String... names) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String name : names) {
      Optional<Path> found =
          Arrays.stream(path.split(File.pathSeparator))
              .map(dir -> Path.of(dir, name))
              .filter(Files::isExecutable)
              .findFirst();
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
