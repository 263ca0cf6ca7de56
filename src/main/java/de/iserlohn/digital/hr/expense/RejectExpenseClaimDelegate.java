package de.iserlohn.digital.hr.expense;

import de.iserlohn.digital.hr.requests.HrRequests;
import de.iserlohn.digital.hr.requests.RequestStatus;
import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.identity.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Ablehnung vermerken": HR found the claim not factually correct. */
@Component
class RejectExpenseClaimDelegate implements JavaDelegate {

  private final HrRequests requests;
  private final CaseFileManagement caseFile;

  RejectExpenseClaimDelegate(HrRequests requests, CaseFileManagement caseFile) {
    this.requests = requests;
    this.caseFile = caseFile;
  }

  @Override
  public void execute(DelegateExecution execution) {
    requests.setStatus(execution.getProcessBusinessKey(), RequestStatus.ABGELEHNT);
    Object note = execution.getVariable(ExpenseClaimProcess.VAR_CHECK_NOTE);
    caseFile.close(
        execution.getProcessBusinessKey(),
        note == null || note.toString().isBlank() ? "abgelehnt" : "abgelehnt: " + note,
        CurrentUser.SYSTEM);
  }
}
