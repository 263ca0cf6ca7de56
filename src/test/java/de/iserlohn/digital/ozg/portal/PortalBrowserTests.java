package de.iserlohn.digital.ozg.portal;

import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.ozg.OzgTestCases;
import de.iserlohn.digital.ozg.application.Applications;
import de.iserlohn.digital.testsupport.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A citizen in a real Chromium: finds the bulky-waste service, gets a validation message next to
 * the postal code, submits with a photo, and follows the application to its notice.
 */
@IntegrationTest
class PortalBrowserTests {

  @Autowired ProcessEngine engine;
  @Autowired Applications applications;
  @LocalServerPort int port;

  private PortalBrowser page;
  private ChromeDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() {
    page = new PortalBrowser(Duration.ofSeconds(30), "ozg-portal-last.png");
    browser = page.driver;
    wait = page.wait;
  }

  @AfterEach
  void closeBrowser() {
    if (page != null) {
      page.close();
    }
  }

  @Test
  void aCitizenAppliesWithAPhotoAndFollowsTheApplicationToItsNotice() throws Exception {
    Path photo = Files.createTempFile("sperrmuell-", ".png");
    Files.write(photo, OzgTestCases.PNG);
    String portal = "http://127.0.0.1:" + port + "/portal";

    browser.get(portal + "?q=Sperrm");
    // without Keycloak (default profile) the portal offers no login
    assertThat(browser.findElements(By.id("anmelden"))).isEmpty();
    browser.findElement(By.linkText("Sperrmüllabholung")).click();
    wait.until(ExpectedConditions.titleContains("Sperrmüllabholung"));
    page.type("firstName", "Erika");
    page.type("lastName", "Mustermann");
    page.type("email", "erika.mustermann@example.org");
    page.type("street", "Schillerplatz 7");
    page.type("postalCode", "12345");
    new Select(page.field("district")).selectByVisibleText("Innenstadt");
    page.type("volume", "2");
    page.type("items", "Ein altes Sofa");
    page.field("confirmation").click();
    page.field("photos").sendKeys(photo.toAbsolutePath().toString());
    submit();

    WebElement error =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("feld-postalCode-fehler")));
    assertThat(error.getText()).contains("Bitte geben Sie eine Iserlohner Postleitzahl an");
    assertThat(page.field("postalCode").getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(page.field("postalCode").getAttribute("aria-describedby"))
        .contains("feld-postalCode-fehler");
    WebElement summary = browser.findElement(By.id("fehlerzusammenfassung"));
    assertThat(summary.getText()).contains("Bitte prüfen Sie Ihre Angaben");
    assertThat(summary.findElement(By.tagName("a")).getAttribute("href"))
        .endsWith("#feld-postalCode");
    assertThat(page.field("lastName").getAttribute("value")).isEqualTo("Mustermann");

    page.field("postalCode").clear();
    page.type("postalCode", "58636");
    page.field("photos").sendKeys(photo.toAbsolutePath().toString());
    submit();

    String caseNumber =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("aktenzeichen"))).getText();
    assertThat(browser.findElement(By.id("zugangscode")).getText())
        .matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
    browser.findElement(By.linkText("Stand meines Antrags ansehen")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status")));
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Eingegangen");
    assertThat(browser.getPageSource()).contains(photo.getFileName().toString());

    new OzgTestCases(engine, applications).runJobs(caseNumber);
    browser.navigate().refresh();

    wait.until(ExpectedConditions.textToBe(By.id("status"), "Genehmigt"));
    assertThat(browser.findElement(By.linkText("Bescheid-" + caseNumber + ".pdf")).isDisplayed())
        .isTrue();
  }

  private void submit() {
    browser.findElement(By.cssSelector("form.antragsformular button[type=submit]")).click();
  }
}
