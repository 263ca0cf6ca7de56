package de.iserlohn.digital.invoice;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Rechnung zur Zahlung freigeben": status RELEASED with the approvers, ready for export. */
@Component
class ReleaseInvoiceDelegate implements JavaDelegate {

  private final InvoiceStatusService status;

  ReleaseInvoiceDelegate(InvoiceStatusService status) {
    this.status = status;
  }

  @Override
  public void execute(DelegateExecution execution) {
    status.release(
        execution.getProcessBusinessKey(),
        (String) execution.getVariable(InvoiceApprovalProcess.VAR_APPROVERS));
  }
}
