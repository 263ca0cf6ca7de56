package de.iserlohn.digital.hr.travel;

import de.iserlohn.digital.hr.requests.HrRequests;
import de.iserlohn.digital.hr.requests.RequestStatus;
import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.identity.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Ablehnung vermerken": marks the request rejected and closes its Vorgang. */
@Component
class RejectTravelRequestDelegate implements JavaDelegate {

  private final HrRequests requests;
  private final CaseFileManagement caseFile;

  RejectTravelRequestDelegate(HrRequests requests, CaseFileManagement caseFile) {
    this.requests = requests;
    this.caseFile = caseFile;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    requests.setStatus(caseNumber, RequestStatus.ABGELEHNT);
    Object note = execution.getVariable(TravelRequestProcess.VAR_HR_NOTE);
    if (note == null) {
      note = execution.getVariable(TravelRequestProcess.VAR_SUPERVISOR_NOTE);
    }
    caseFile.close(
        caseNumber,
        note == null || note.toString().isBlank() ? "abgelehnt" : "abgelehnt: " + note,
        CurrentUser.SYSTEM);
  }
}
