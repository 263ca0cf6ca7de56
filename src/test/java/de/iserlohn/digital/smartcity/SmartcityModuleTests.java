package de.iserlohn.digital.smartcity;

import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.platform.cluster.ProcessClaims;
import de.iserlohn.digital.testsupport.TestInfrastructure;
import java.time.Clock;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The smart-city module boots alone (Spring Modulith, standalone): its own beans, the engine with
 * only its own models, and the platform's claims replaced by a mock.
 */
@ApplicationModuleTest
@ContextConfiguration(initializers = TestInfrastructure.class)
@TestPropertySource(
    properties = {
      "camunda.bpm.deployment-resource-pattern=classpath*:processes/smartcity/*.bpmn,"
          + "classpath*:dmn/smartcity/*.dmn,classpath*:forms/smartcity/*.form",
      // an engine of its own name: the full-context tests' engine REST looks up the engine
      // "default" by name, and a second context registering that name would take its place
      "camunda.bpm.generate-unique-process-engine-name=true"
    })
class SmartcityModuleTests {

  @MockitoBean ProcessClaims claims;

  @Autowired RepositoryService repository;

  @TestConfiguration(proxyBeanMethods = false)
  static class Time {

    @Bean
    Clock clock() {
      return Clock.systemUTC();
    }
  }

  @Test
  void bootsAloneWithItsOwnModels() {
    assertThat(
            repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .map(ProcessDefinition::getKey))
        .contains(
            "waste-pickup-schedule",
            "waste-pickup",
            "winter-dispatch",
            "tree-watering",
            "device-health-check",
            "device-maintenance");
  }
}
