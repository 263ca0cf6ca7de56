package de.iserlohn.digital.ozg.process;

import de.iserlohn.digital.ozg.OzgProcess;
import de.iserlohn.digital.ozg.OzgProperties;
import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.notification.Notifications;
import de.iserlohn.digital.platform.notification.OutgoingMail;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * "An die Leitung eskalieren": the decision deadline passed. The unit's lead ({@code
 * iserlohn.ozg.unit-leads}) becomes a candidate of the open tasks of the case, which get a high
 * priority, and is told by mail. Without a configured lead the escalation is only recorded.
 */
@Component
class EscalateToLeadDelegate implements JavaDelegate {

  static final int ESCALATED_PRIORITY = 80;

  private final TaskService tasks;
  private final IdentityService identity;
  private final CaseFileManagement caseFile;
  private final Notifications notifications;
  private final OzgProperties properties;

  EscalateToLeadDelegate(
      TaskService tasks,
      IdentityService identity,
      CaseFileManagement caseFile,
      Notifications notifications,
      OzgProperties properties) {
    this.tasks = tasks;
    this.identity = identity;
    this.caseFile = caseFile;
    this.notifications = notifications;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    String unit = (String) execution.getVariable(OzgProcess.VAR_CANDIDATE_GROUP);
    String lead = properties.unitLeads().get(unit);
    for (Task task :
        tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()) {
      tasks.setPriority(task.getId(), ESCALATED_PRIORITY);
      if (lead != null) {
        tasks.addCandidateUser(task.getId(), lead);
      }
    }
    caseFile.recordChange(
        caseNumber,
        CurrentUser.SYSTEM,
        "Bearbeitungsfrist überschritten, eskaliert an " + (lead == null ? "–" : lead));
    User user = lead == null ? null : identity.createUserQuery().userId(lead).singleResult();
    if (user != null && user.getEmail() != null && !user.getEmail().isBlank()) {
      notifications.send(
          OutgoingMail.of(
              user.getEmail(),
              "ozg-escalation",
              Map.of("caseNumber", caseNumber, "unit", unit == null ? "" : unit)));
    }
  }
}
