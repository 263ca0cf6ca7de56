package de.iserlohn.digital.ozg.portal;

import static de.iserlohn.digital.testsupport.KeycloakServer.REALM;
import static de.iserlohn.digital.testsupport.KeycloakServer.TEST_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.ozg.OzgTestCases;
import de.iserlohn.digital.ozg.application.Applications;
import de.iserlohn.digital.platform.casefile.SourceChannel;
import de.iserlohn.digital.testsupport.KeycloakIntegrationTest;
import de.iserlohn.digital.testsupport.KeycloakServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * A citizen with a Keycloak account in a real Chromium (profile {@code keycloak}): logs in at the
 * real Keycloak login page, finds an application made earlier under "Meine Anträge" without case
 * number or access code, applies while signed in, sees both with their status, and logs out of the
 * portal and Keycloak.
 */
@KeycloakIntegrationTest
class CitizenLoginBrowserTests {

  @Autowired Applications applications;
  @Autowired TestRestTemplate http;
  @LocalServerPort int port;

  private PortalBrowser page;
  private ChromeDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() {
    page = new PortalBrowser(Duration.ofSeconds(60), "ozg-citizen-login-last.png");
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
  void aCitizenLogsInSeesAllTheirApplicationsAppliesAsThemselvesAndLogsOut() {
    String earlier = submitAs("mmuster");
    String ofErika = submitAs("emuster");
    String portal = "http://127.0.0.1:" + port + "/portal";

    browser.get(portal + "/antraege");
    assertThat(browser.findElements(By.id("eigene-antraege"))).isEmpty();
    browser.findElement(By.id("anmelden")).click();
    wait.until(ExpectedConditions.urlContains("/realms/iserlohn/protocol/openid-connect/auth"));
    browser.findElement(By.id("username")).sendKeys("mmuster");
    browser.findElement(By.id("password")).sendKeys("mmuster");
    browser.findElement(By.id("kc-login")).click();

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("eigene-antraege")));
    assertThat(browser.findElement(By.id("angemeldet-als")).getText()).isEqualTo("Max Mustermann");
    assertThat(browser.findElements(By.id("anmelden"))).isEmpty();
    assertThat(statusOf(earlier)).isEqualTo("Eingegangen");
    assertThat(browser.findElements(By.id("antrag-" + ofErika))).isEmpty();

    browser.get(portal + "/dienste/bulky-waste-pickup");
    page.type("firstName", "Max");
    page.type("lastName", "Mustermann");
    page.type("email", "mmuster@iserlohn.example");
    page.type("street", "Schillerplatz 7");
    page.type("postalCode", "58636");
    new Select(page.field("district")).selectByVisibleText("Innenstadt");
    page.type("volume", "2");
    page.type("items", "Ein Kleiderschrank");
    page.field("confirmation").click();
    browser.findElement(By.cssSelector("form.antragsformular button[type=submit]")).click();
    String submitted =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("aktenzeichen"))).getText();
    assertThat(browser.findElement(By.id("konto-hinweis")).getText()).contains("Meine Anträge");

    browser.findElement(By.linkText("Meine Anträge")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("eigene-antraege")));
    assertThat(statusOf(submitted)).isEqualTo("Eingegangen");
    assertThat(statusOf(earlier)).isEqualTo("Eingegangen");
    // the portal and the API know the citizen as the same Keycloak user
    assertThat(ownViaApi("mmuster")).contains(submitted, earlier);
    assertThat(ownViaApi("emuster")).doesNotContain(submitted);

    browser.findElement(By.linkText(earlier)).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status")));
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Eingegangen");

    browser.findElement(By.id("abmelden")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("anmelden")));
    assertThat(browser.getCurrentUrl()).startsWith(portal);
    browser.get(portal + "/antraege/" + earlier);
    assertThat(browser.getPageSource()).contains("nicht gefunden").doesNotContain("Verlauf");
    // logged out at Keycloak too: the next login asks for the password again
    browser.get(portal + "/anmelden");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
  }

  /** An application the citizen made earlier (through the API with their account). */
  private String submitAs(String user) {
    return applications
        .submit(
            "bulky-waste-pickup",
            OzgTestCases.bulkyWaste("kesbern", 2),
            List.of(),
            SourceChannel.API,
            user,
            null)
        .caseNumber();
  }

  private String statusOf(String caseNumber) {
    WebElement row = browser.findElement(By.id("antrag-" + caseNumber));
    return row.findElement(By.className("stand")).getText();
  }

  private List<String> ownViaApi(String user) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(KeycloakServer.get().passwordToken(REALM, TEST_CLIENT, user));
    List<Map<String, Object>> own =
        http.exchange(
                "/api/ozg/applications", HttpMethod.GET, new HttpEntity<>(headers), List.class)
            .getBody();
    return own.stream().map(a -> (String) a.get("caseNumber")).toList();
  }
}
