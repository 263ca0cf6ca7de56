package de.iserlohn.digital.platform.generalcase;

import static de.iserlohn.digital.platform.generalcase.GeneralCaseProcess.*;

import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.identity.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Vorgang abschließen": closes the Vorgang with the clerk's outcome (closing twice is a no-op).
 */
@Component
class CloseCaseDelegate implements JavaDelegate {

  private final CaseFileManagement caseFile;

  CloseCaseDelegate(CaseFileManagement caseFile) {
    this.caseFile = caseFile;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String outcome = (String) execution.getVariable(VAR_OUTCOME);
    Object note = execution.getVariable(VAR_NOTE);
    String text = note == null || note.toString().isBlank() ? outcome : outcome + ": " + note;
    caseFile.close(execution.getProcessBusinessKey(), text, CurrentUser.SYSTEM);
  }
}
