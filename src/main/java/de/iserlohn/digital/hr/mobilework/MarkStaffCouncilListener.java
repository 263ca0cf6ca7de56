package de.iserlohn.digital.hr.mobilework;

import de.iserlohn.digital.hr.requests.HrRequests;
import de.iserlohn.digital.hr.requests.RequestStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** On "Personalrat beteiligen": shows the employee that the staff council has the request. */
@Component
class MarkStaffCouncilListener implements ExecutionListener {

  private final HrRequests requests;

  MarkStaffCouncilListener(HrRequests requests) {
    this.requests = requests;
  }

  @Override
  public void notify(DelegateExecution execution) {
    requests.setStatus(execution.getProcessBusinessKey(), RequestStatus.BEIM_PERSONALRAT);
  }
}
