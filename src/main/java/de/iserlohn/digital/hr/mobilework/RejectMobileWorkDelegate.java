package de.iserlohn.digital.hr.mobilework;

import static de.iserlohn.digital.hr.mobilework.MobileWorkProcess.*;

import de.iserlohn.digital.hr.requests.HrRequests;
import de.iserlohn.digital.hr.requests.RequestStatus;
import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.identity.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Ablehnung vermerken": the supervisor declined or the staff council objected; the request is
 * rejected and its Vorgang closed with the reason.
 */
@Component
class RejectMobileWorkDelegate implements JavaDelegate {

  private final HrRequests requests;
  private final CaseFileManagement caseFile;

  RejectMobileWorkDelegate(HrRequests requests, CaseFileManagement caseFile) {
    this.requests = requests;
    this.caseFile = caseFile;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    requests.setStatus(caseNumber, RequestStatus.ABGELEHNT);
    boolean councilObjected = execution.getVariable(VAR_COUNCIL_DECISION) != null;
    Object note = execution.getVariable(councilObjected ? VAR_COUNCIL_NOTE : VAR_SUPERVISOR_NOTE);
    String outcome =
        councilObjected ? "abgelehnt nach Einwänden des Personalrats" : "abgelehnt (Vorgesetzte)";
    caseFile.close(
        caseNumber,
        note == null || note.toString().isBlank() ? outcome : outcome + ": " + note,
        CurrentUser.SYSTEM);
  }
}
