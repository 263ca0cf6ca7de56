package de.iserlohn.digital.ozg.process;

import de.iserlohn.digital.ozg.OzgProcess;
import de.iserlohn.digital.ozg.application.ApplicationLifecycle;
import de.iserlohn.digital.ozg.application.ApplicationLifecycle.DocumentsRequested;
import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.identity.CurrentUser;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Unterlagen beim Antragsteller anfordern": opens the request with its reply deadline, shows it in
 * the portal and tells the citizen by mail ({@link ApplicationLifecycle#requestDocuments}).
 */
@Component
class SendDocumentRequestDelegate implements JavaDelegate {

  private final ApplicationLifecycle lifecycle;
  private final CaseFileManagement caseFile;

  SendDocumentRequestDelegate(ApplicationLifecycle lifecycle, CaseFileManagement caseFile) {
    this.lifecycle = lifecycle;
    this.caseFile = caseFile;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    DocumentsRequested request =
        lifecycle.requestDocuments(
            caseNumber, (String) execution.getVariable(OzgProcess.VAR_MISSING_DOCUMENTS));
    caseFile.recordChange(
        caseNumber, CurrentUser.SYSTEM, "Unterlagen nachgefordert: " + request.text());
    execution.setVariable(OzgProcess.VAR_REPLY_DUE_DATE, Date.from(request.dueAt()));
  }
}
