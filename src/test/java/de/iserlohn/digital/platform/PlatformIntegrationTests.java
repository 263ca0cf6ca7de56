package de.iserlohn.digital.platform;

import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.testsupport.IntegrationTest;
import de.iserlohn.digital.testsupport.TestInfrastructure;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@IntegrationTest
class PlatformIntegrationTests {

  @Autowired ProcessEngine engine;
  @Autowired DataSource dataSource;
  @Autowired TestRestTemplate http;

  @Test
  void engineDeploysEveryModelOfTheModelFolders() throws IOException {
    var resolver = new PathMatchingResourcePatternResolver();
    Resource[] bpmn = resolver.getResources("classpath*:processes/**/*.bpmn");
    Resource[] dmn = resolver.getResources("classpath*:dmn/**/*.dmn");
    Resource[] forms = resolver.getResources("classpath*:forms/**/*.form");
    assertThat(bpmn).isNotEmpty();

    Set<String> deployed =
        engine.getRepositoryService().createDeploymentQuery().list().stream()
            .flatMap(
                d -> engine.getRepositoryService().getDeploymentResourceNames(d.getId()).stream())
            .map(name -> name.substring(name.lastIndexOf('/') + 1))
            .collect(Collectors.toSet());
    for (Resource resource : concat(bpmn, dmn, forms)) {
      assertThat(deployed).as("deployed resources").contains(resource.getFilename());
    }
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list())
        .extracting(ProcessDefinition::getKey)
        .contains("general-case");
  }

  @Test
  void runsOnTheDatabaseTheBuildAskedFor() throws SQLException {
    String product;
    try (Connection connection = dataSource.getConnection()) {
      product = connection.getMetaData().getDatabaseProductName();
    }
    String engineDatabase =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseType();
    if (TestInfrastructure.onPostgres()) {
      assertThat(product).isEqualTo("PostgreSQL");
      assertThat(engineDatabase).isEqualTo("postgres");
    } else {
      assertThat(product).isEqualTo("H2");
      assertThat(engineDatabase).isEqualTo("h2");
    }
  }

  @Test
  void historyIsFullAndCleanupRunsInTheNightlyWindow() {
    var config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(config.getHistory()).isEqualTo("full");
    assertThat(config.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
    assertThat(config.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    assertThat(config.isAuthorizationEnabled()).isTrue();
  }

  @Test
  void decisionTablesEvaluateFeelWithTheParseCache() {
    var config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(config.getDmnEngineConfiguration().getFeelEngineFactory())
        .isInstanceOf(de.iserlohn.digital.platform.engine.CachingFeelEngineFactory.class);
  }

  @Test
  void healthIsUpWithEngineAndDatabase() {
    ResponseEntity<String> health = http.getForEntity("/actuator/health", String.class);
    assertThat(health.getStatusCode()).as(health.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(health.getBody()).contains("\"status\":\"UP\"", "processEngine", "db");
  }

  @Test
  void publishesOpenApiForTheAppApi() {
    ResponseEntity<String> docs = http.getForEntity("/v3/api-docs", String.class);
    assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(docs.getBody()).contains("/api/cases/{caseNumber}");
  }

  private static Resource[] concat(Resource[]... arrays) {
    return Arrays.stream(arrays).flatMap(Arrays::stream).toArray(Resource[]::new);
  }
}
