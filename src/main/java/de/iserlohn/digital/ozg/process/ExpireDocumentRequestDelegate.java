package de.iserlohn.digital.ozg.process;

import de.iserlohn.digital.ozg.application.ApplicationStatus;
import de.iserlohn.digital.ozg.application.ApplicationStore;
import de.iserlohn.digital.ozg.application.DocumentRequest;
import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.identity.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Fristablauf vermerken": the citizen did not answer in time; a clerk decides next. */
@Component
class ExpireDocumentRequestDelegate implements JavaDelegate {

  private final ApplicationStore store;
  private final CaseFileManagement caseFile;

  ExpireDocumentRequestDelegate(ApplicationStore store, CaseFileManagement caseFile) {
    this.store = store;
    this.caseFile = caseFile;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    store.closeRequest(caseNumber, DocumentRequest.EXPIRED);
    store.setStatus(
        caseNumber,
        ApplicationStatus.IN_BEARBEITUNG,
        "Die Frist für die nachgeforderten Unterlagen ist abgelaufen.");
    caseFile.recordChange(
        caseNumber, CurrentUser.SYSTEM, "Frist der Nachforderung abgelaufen, ohne Antwort");
  }
}
