package de.iserlohn.digital.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.testsupport.ModuleModels;
import de.iserlohn.digital.testsupport.TestInfrastructure;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The invoice module alone with the modules it depends on (platform): its models deploy and every
 * bean they call is there. Only the module's own models are deployed; the others call beans of
 * modules that are not started here.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ContextConfiguration(initializers = TestInfrastructure.class)
@TestPropertySource(
    properties = {
      "camunda.bpm.deployment-resource-pattern=classpath*:processes/invoice/*.bpmn,"
          + "classpath*:dmn/invoice/*.dmn,classpath*:forms/invoice/*.form",
      // an engine of its own name: the full-context tests' engine REST looks up the engine
      // "default" by name, and a second context registering that name would take its place
      "camunda.bpm.generate-unique-process-engine-name=true"
    })
@Tag("integration")
class InvoiceModuleTests {

  @Autowired RepositoryService repository;
  @Autowired ApplicationContext context;

  @Test
  void theModuleStartsWithItsDependenciesAndDeploysItsModels() {
    assertThat(
            repository
                .createProcessDefinitionQuery()
                .processDefinitionKeysIn(
                    InvoiceApprovalProcess.PROCESS_KEY, InvoiceCaptureProcess.PROCESS_KEY)
                .count())
        .isEqualTo(2);
    assertThat(repository.createDecisionDefinitionQuery().count()).isPositive();
  }

  @Test
  void everyDelegateItsModelsCallIsABeanOfTheModuleOrItsDependencies() {
    assertThat(ModuleModels.delegatesOf("invoice"))
        .isNotEmpty()
        .allSatisfy(bean -> assertThat(context.containsBean(bean)).as(bean).isTrue());
  }
}
