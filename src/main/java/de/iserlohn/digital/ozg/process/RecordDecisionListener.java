package de.iserlohn.digital.ozg.process;

import de.iserlohn.digital.ozg.OzgProcess;
import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.identity.CurrentUser;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Records a clerk's decision in the case with who and when (audit log of the Vorgang). Bound to the
 * decision tasks with {@code <camunda:taskListener event="complete"
 * delegateExpression="${recordDecisionListener}"/>}.
 */
@Component
class RecordDecisionListener implements TaskListener {

  private final CaseFileManagement caseFile;

  RecordDecisionListener(CaseFileManagement caseFile) {
    this.caseFile = caseFile;
  }

  @Override
  public void notify(DelegateTask task) {
    String caseNumber = task.getExecution().getProcessBusinessKey();
    var authentication =
        task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String who =
        authentication != null && authentication.getUserId() != null
            ? authentication.getUserId()
            : task.getAssignee() != null ? task.getAssignee() : "unbekannt";
    Object decision = task.getVariable(OzgProcess.VAR_DECISION);
    if (decision == null) {
      decision = task.getVariable(OzgProcess.VAR_REQUEST_OUTCOME);
    }
    Object reason = task.getVariable(OzgProcess.VAR_DECISION_REASON);
    caseFile.recordChange(
        caseNumber,
        new CurrentUser(who, Set.of()),
        "%s: %s%s"
            .formatted(
                task.getName(),
                decision,
                reason == null || reason.toString().isBlank() ? "" : " – " + reason));
  }
}
