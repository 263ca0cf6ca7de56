package de.iserlohn.digital.ozg.portal;

import de.iserlohn.digital.testsupport.Browser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real Chromium on the portal for one test: the fields of a start form by their key, and a
 * screenshot of the last page ({@code target/screenshots/<name>}) when it is closed.
 */
final class PortalBrowser implements AutoCloseable {

  final ChromeDriver driver = Browser.start();
  final WebDriverWait wait;
  private final String screenshot;

  PortalBrowser(Duration timeout, String screenshot) {
    this.wait = new WebDriverWait(driver, timeout);
    this.screenshot = screenshot;
  }

  /** The input of a form field (id {@code feld-<key>}). */
  WebElement field(String key) {
    return driver.findElement(By.id("feld-" + key));
  }

  void type(String key, String text) {
    field(key).sendKeys(text);
  }

  @Override
  public void close() {
    try {
      Path shots = Files.createDirectories(Path.of("target", "screenshots"));
      Files.write(shots.resolve(screenshot), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      driver.quit();
    }
  }
}
