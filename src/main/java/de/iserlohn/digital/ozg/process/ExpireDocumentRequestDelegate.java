package de.iserlohn.digital.ozg.process;

import de.iserlohn.digital.ozg.application.ApplicationLifecycle;
import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.identity.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Fristablauf vermerken": the citizen did not answer in time; a clerk decides next. */
@Component
class ExpireDocumentRequestDelegate implements JavaDelegate {

  private final ApplicationLifecycle lifecycle;
  private final CaseFileManagement caseFile;

  ExpireDocumentRequestDelegate(ApplicationLifecycle lifecycle, CaseFileManagement caseFile) {
    this.lifecycle = lifecycle;
    this.caseFile = caseFile;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    lifecycle.documentRequestExpired(caseNumber);
    caseFile.recordChange(
        caseNumber, CurrentUser.SYSTEM, "Frist der Nachforderung abgelaufen, ohne Antwort");
  }
}
