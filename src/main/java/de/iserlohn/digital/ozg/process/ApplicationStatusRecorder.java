package de.iserlohn.digital.ozg.process;

import de.iserlohn.digital.ozg.application.ApplicationStatus;
import de.iserlohn.digital.ozg.application.ApplicationStore;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Records a step of the status history the citizen sees, from a model: {@code
 * <camunda:executionListener event="start" expression="${applicationStatus.record(execution,
 * 'IN_BEARBEITUNG', 'Ihr Antrag wird geprüft.')}"/>}.
 */
@Component("applicationStatus")
public class ApplicationStatusRecorder {

  private final ApplicationStore store;

  ApplicationStatusRecorder(ApplicationStore store) {
    this.store = store;
  }

  public void record(DelegateExecution execution, String status, String text) {
    store.setStatus(execution.getProcessBusinessKey(), ApplicationStatus.valueOf(status), text);
  }
}
