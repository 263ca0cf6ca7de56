package de.iserlohn.digital.ozg.process;

import de.iserlohn.digital.ozg.application.ApplicationLifecycle;
import de.iserlohn.digital.ozg.application.ApplicationStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Records a step of the status history the citizen sees, from a model: {@code
 * <camunda:executionListener event="start" expression="${applicationStatus.record(execution,
 * 'IN_BEARBEITUNG', 'Ihr Antrag wird geprüft.')}"/>}. An adapter onto {@link
 * ApplicationLifecycle#record}.
 */
@Component("applicationStatus")
public class ApplicationStatusRecorder {

  private final ApplicationLifecycle lifecycle;

  ApplicationStatusRecorder(ApplicationLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  public void record(DelegateExecution execution, String status, String text) {
    lifecycle.record(execution.getProcessBusinessKey(), ApplicationStatus.valueOf(status), text);
  }
}
