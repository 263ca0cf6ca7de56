package de.iserlohn.digital.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.testsupport.Browser;
import de.iserlohn.digital.testsupport.KeycloakIntegrationTest;
import de.iserlohn.digital.testsupport.KeycloakServer;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A clerk opens Tasklist in a real browser, is sent to Keycloak, logs in, sees the task of their
 * group and not the task of another group, and logs out of both.
 */
@KeycloakIntegrationTest
class TasklistSingleSignOnBrowserTests {

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;

  private ChromeDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() {
    browser = Browser.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(60));
  }

  @AfterEach
  void closeBrowser() throws Exception {
    Browser.quit(browser, "tasklist-sso-last");
  }

  @Test
  void clerkLogsInWithKeycloakSeesOnlyTheirGroupsTaskAndLogsOut() {
    String ownTask = taskFor("buergerbuero", "SSO-Test Bürgerbüro");
    String otherTask = taskFor("ordnungsamt", "SSO-Test Ordnungsamt");
    String app = "http://127.0.0.1:" + port;

    browser.get(app + "/camunda/app/tasklist/");
    wait.until(ExpectedConditions.urlContains("/realms/iserlohn/protocol/openid-connect/auth"));
    browser.findElement(By.id("username")).sendKeys("bschmidt");
    browser.findElement(By.id("password")).sendKeys("bschmidt");
    browser.findElement(By.id("kc-login")).click();

    wait.until(ExpectedConditions.urlContains("/camunda/app/tasklist/"));
    WebElement groupFilter =
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//*[contains(text(),'Aufgaben meiner Gruppen')]")));
    groupFilter.click();
    wait.until(d -> d.getPageSource().contains(ownTask));
    assertThat(browser.getPageSource()).contains(ownTask).doesNotContain(otherTask);

    browser.get(app + "/logout");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("logout-submit"))).click();
    wait.until(d -> !d.getCurrentUrl().contains("/logout"));

    browser.get(app + "/camunda/app/tasklist/");
    wait.until(ExpectedConditions.urlContains("/realms/iserlohn/protocol/openid-connect/auth"));
    assertThat(browser.findElements(By.id("username"))).isNotEmpty();
    assertThat(KeycloakServer.get().baseUrl()).isNotBlank();
  }

  /** Starts a general case for the org unit and runs it to its user task; returns the task id. */
  private String taskFor(String orgUnit, String title) {
    String instance =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey("general-case", Map.of("title", title, "orgUnit", orgUnit))
            .getId();
    String job =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(instance)
            .singleResult()
            .getId();
    engine.getManagementService().executeJob(job);
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(instance)
        .singleResult()
        .getId();
  }
}
