package de.iserlohn.digital.platform.engine;

import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The engine's own security rules beyond its authorisation checks (ADR 0011): the {@link
 * ProcessStartGuard} on every process model, the {@link JobOperationGuard} for job operations, the
 * {@link TaskCompletionGuard} (no task completion ends in 500), and no password lockout per user id
 * (attempts are throttled per client instead, ADR 0013).
 */
@Component
class EngineHardeningPlugin extends AbstractProcessEnginePlugin {

  private final ProcessStartGuard startGuard;

  EngineHardeningPlugin(ObjectProvider<CaseFileManagement> caseFile) {
    this.startGuard = new ProcessStartGuard(caseFile);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    JobOperationGuard.preInit(configuration);
    configuration
        .getCustomPostCommandInterceptorsTxRequired()
        .add(new ProcessStartGuard.CommandOrigin());
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new TaskCompletionGuard());
    // no lockout per user id: anybody could lock any account (the administrator's too) for good,
    // and one wrong try blocked the right password for seconds; attempts are throttled per client
    // instead (LoginThrottleFilter, ADR 0013)
    configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
    configuration.setLoginDelayBase(0);
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration
        .getCustomPostBPMNParseListeners()
        .add(
            new AbstractBpmnParseListener() {
              @Override
              public void parseProcess(Element process, ProcessDefinitionEntity definition) {
                definition.addBuiltInListener(ExecutionListener.EVENTNAME_START, startGuard);
              }
            });
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    JobOperationGuard.install(configuration);
  }
}
