package de.iserlohn.digital.invoice;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Ablehnung an Lieferanten senden": mail with the broken rules, status REJECTED_TO_SUPPLIER. */
@Component
class SendRejectionDelegate implements JavaDelegate {

  private final InvoiceStatusService status;

  SendRejectionDelegate(InvoiceStatusService status) {
    this.status = status;
  }

  @Override
  public void execute(DelegateExecution execution) {
    status.rejectToSupplier(execution.getProcessBusinessKey());
  }
}
