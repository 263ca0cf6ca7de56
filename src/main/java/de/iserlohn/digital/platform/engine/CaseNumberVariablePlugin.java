package de.iserlohn.digital.platform.engine;

import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every user task knows its Vorgang: when a task is created in a process whose business key is the
 * case number of a Vorgang and the process has no {@code caseNumber} variable yet, the variable is
 * set. The task forms link to the Vorgang page with it ("Vorgang öffnen", {@code
 * /akte/vorgang/{{caseNumber}}}); processes without a Vorgang (sensors) get no link.
 */
@Component
class CaseNumberVariablePlugin extends AbstractProcessEnginePlugin {

  static final String VAR_CASE_NUMBER = "caseNumber";

  private final ObjectProvider<CaseFileManagement> caseFile;

  CaseNumberVariablePlugin(ObjectProvider<CaseFileManagement> caseFile) {
    this.caseFile = caseFile;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
    if (listeners == null) {
      listeners = new ArrayList<>();
      configuration.setCustomPostBPMNParseListeners(listeners);
    }
    TaskListener setCaseNumber = this::setCaseNumber;
    listeners.add(
        new AbstractBpmnParseListener() {
          @Override
          public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            ((UserTaskActivityBehavior) activity.getActivityBehavior())
                .getTaskDefinition()
                .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, setCaseNumber);
          }
        });
  }

  private void setCaseNumber(DelegateTask task) {
    var execution = task.getExecution();
    if (execution == null || execution.hasVariable(VAR_CASE_NUMBER)) {
      return;
    }
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey != null && caseFile.getObject().exists(businessKey)) {
      execution.getProcessInstance().setVariable(VAR_CASE_NUMBER, businessKey);
    }
  }
}
