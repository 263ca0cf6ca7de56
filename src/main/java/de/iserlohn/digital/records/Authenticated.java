package de.iserlohn.digital.records;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** The user on whose behalf the engine runs a step (who completed the task), else the system. */
final class Authenticated {

  private Authenticated() {}

  static String userOf(DelegateExecution execution) {
    Authentication current =
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return current == null || current.getUserId() == null ? "system" : current.getUserId();
  }
}
