package de.iserlohn.digital.ozg.process;

import de.iserlohn.digital.ozg.OzgMessages;
import de.iserlohn.digital.ozg.application.ApplicationStatus;
import de.iserlohn.digital.ozg.application.ApplicationStore;
import de.iserlohn.digital.ozg.application.DocumentRequest;
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

  private final ApplicationStore store;
  private final CaseFileManagement caseFile;

  RecordReplyDelegate(ApplicationStore store, CaseFileManagement caseFile) {
    this.store = store;
    this.caseFile = caseFile;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    Object channel = execution.getVariable(OzgMessages.VAR_CHANNEL);
    store.closeRequest(caseNumber, DocumentRequest.ANSWERED);
    store.setStatus(
        caseNumber,
        ApplicationStatus.IN_BEARBEITUNG,
        "Ihre Unterlagen sind eingegangen und werden geprüft.");
    caseFile.recordChange(
        caseNumber,
        CurrentUser.SYSTEM,
        "Nachgeforderte Unterlagen eingegangen (%s, Dokument %s)"
            .formatted(channel, execution.getVariable(OzgMessages.VAR_DOCUMENT_ID)));
    execution.setVariable(OzgProcess.VAR_REQUEST_OUTCOME, OzgProcess.OUTCOME_RECEIVED);
  }
}
