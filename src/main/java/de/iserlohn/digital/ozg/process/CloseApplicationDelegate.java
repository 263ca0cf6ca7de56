package de.iserlohn.digital.ozg.process;

import de.iserlohn.digital.ozg.OzgProcess;
import de.iserlohn.digital.ozg.application.ApplicationLifecycle;
import de.iserlohn.digital.ozg.application.ApplicationStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Antrag abschließen": closes the application with the final status given by the task's input
 * parameter {@code outcome} ({@code GENEHMIGT}, {@code ABGELEHNT}, {@code STORNIERT}, {@code
 * ERLEDIGT}); see {@link ApplicationLifecycle#close}.
 */
@Component
class CloseApplicationDelegate implements JavaDelegate {

  private final ApplicationLifecycle lifecycle;

  CloseApplicationDelegate(ApplicationLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    lifecycle.close(
        execution.getProcessBusinessKey(),
        ApplicationStatus.valueOf((String) execution.getVariableLocal(OzgProcess.VAR_OUTCOME)),
        execution.getVariable(OzgProcess.VAR_DECISION_REASON));
  }
}
