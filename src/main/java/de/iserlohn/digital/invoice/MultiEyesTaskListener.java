package de.iserlohn.digital.invoice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Multi-eyes rule of the approval steps: whoever completed one step of an invoice cannot complete
 * another one. Runs on {@code complete}; a violation rolls the completion back.
 */
@Component
class MultiEyesTaskListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String user = task.getAssignee();
    if (user == null) {
      user =
          task.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null
              ? null
              : task.getProcessEngineServices()
                  .getIdentityService()
                  .getCurrentAuthentication()
                  .getUserId();
    }
    if (user == null) {
      throw new ProcessEngineException(
          "Freigabeschritte können nur von einer angemeldeten Person erledigt werden.");
    }
    List<String> approvers =
        approvers((String) task.getVariable(InvoiceApprovalProcess.VAR_APPROVERS));
    if (approvers.contains(user)) {
      throw new MultiEyesViolation(user, task.getName());
    }
    approvers.add(user);
    task.setVariable(InvoiceApprovalProcess.VAR_APPROVERS, String.join(",", approvers));
  }

  static List<String> approvers(String joined) {
    if (joined == null || joined.isBlank()) {
      return new ArrayList<>();
    }
    return new ArrayList<>(Arrays.asList(joined.split(",")));
  }

  /** The same person tried a second approval step of one invoice. */
  static class MultiEyesViolation extends ProcessEngineException {
    MultiEyesViolation(String user, String step) {
      super(
          "Mehr-Augen-Prinzip: %s hat bereits einen Freigabeschritt dieser Rechnung erledigt und"
              + " darf '%s' nicht erledigen.".formatted(user, step));
    }
  }
}
