package de.iserlohn.digital.ozg.process;

import de.iserlohn.digital.ozg.application.ApplicationStatus;
import de.iserlohn.digital.ozg.application.ApplicationStore;
import de.iserlohn.digital.ozg.application.CitizenMail;
import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.identity.CurrentUser;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Antrag abschließen": sets the final status given by the task's input parameter {@code outcome}
 * ({@code GENEHMIGT}, {@code ABGELEHNT}, {@code STORNIERT}, {@code ERLEDIGT}), closes the Vorgang
 * and tells the citizen.
 */
@Component
class CloseApplicationDelegate implements JavaDelegate {

  private final ApplicationStore store;
  private final CaseFileManagement caseFile;
  private final CitizenMail mail;

  CloseApplicationDelegate(ApplicationStore store, CaseFileManagement caseFile, CitizenMail mail) {
    this.store = store;
    this.caseFile = caseFile;
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    ApplicationStatus outcome =
        ApplicationStatus.valueOf((String) execution.getVariableLocal(OzgProcess.VAR_OUTCOME));
    if (!outcome.closed()) {
      throw new IllegalArgumentException("Not a final status: " + outcome);
    }
    String text =
        switch (outcome) {
          case GENEHMIGT -> "Ihr Antrag wurde genehmigt.";
          case ABGELEHNT -> "Ihr Antrag wurde abgelehnt.";
          case STORNIERT ->
              "Ihr Antrag wurde storniert, weil die Gebühr nicht rechtzeitig bezahlt wurde.";
          default -> "Ihr Anliegen ist erledigt.";
        };
    store.setStatus(caseNumber, outcome, text);
    Object reason = execution.getVariable(OzgProcess.VAR_DECISION_REASON);
    caseFile.close(
        caseNumber,
        outcome.label() + (reason == null || reason.toString().isBlank() ? "" : ": " + reason),
        CurrentUser.SYSTEM);
    mail.send(
        caseNumber, "ozg-application-closed", Map.of("status", outcome.label(), "text", text));
  }
}
