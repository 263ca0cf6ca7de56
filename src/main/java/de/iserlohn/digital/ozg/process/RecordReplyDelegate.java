package de.iserlohn.digital.ozg.process;

import de.iserlohn.digital.ozg.OzgMessages;
import de.iserlohn.digital.ozg.OzgProcess;
import de.iserlohn.digital.ozg.application.ApplicationLifecycle;
import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.identity.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Eingang der Unterlagen vermerken": closes the request as answered (from the portal or scanned
 * post) and puts the case back into processing.
 */
@Component
class RecordReplyDelegate implements JavaDelegate {

  private final ApplicationLifecycle lifecycle;
  private final CaseFileManagement caseFile;

  RecordReplyDelegate(ApplicationLifecycle lifecycle, CaseFileManagement caseFile) {
    this.lifecycle = lifecycle;
    this.caseFile = caseFile;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    Object channel = execution.getVariable(OzgMessages.VAR_CHANNEL);
    lifecycle.documentsReceived(caseNumber);
    caseFile.recordChange(
        caseNumber,
        CurrentUser.SYSTEM,
        "Nachgeforderte Unterlagen eingegangen (%s, Dokument %s)"
            .formatted(channel, execution.getVariable(OzgMessages.VAR_DOCUMENT_ID)));
    execution.setVariable(OzgProcess.VAR_REQUEST_OUTCOME, OzgProcess.OUTCOME_RECEIVED);
  }
}
