package de.iserlohn.digital.hr.mobilework;

import de.iserlohn.digital.hr.requests.HrRequests;
import de.iserlohn.digital.hr.requests.RequestStatus;
import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.identity.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Mobiles Arbeiten beenden": the agreement has ended; the request and its Vorgang are closed. */
@Component
class EndMobileWorkDelegate implements JavaDelegate {

  private final HrRequests requests;
  private final CaseFileManagement caseFile;

  EndMobileWorkDelegate(HrRequests requests, CaseFileManagement caseFile) {
    this.requests = requests;
    this.caseFile = caseFile;
  }

  @Override
  public void execute(DelegateExecution execution) {
    requests.setStatus(execution.getProcessBusinessKey(), RequestStatus.BEENDET);
    caseFile.close(execution.getProcessBusinessKey(), "Vereinbarung beendet", CurrentUser.SYSTEM);
  }
}
