package de.iserlohn.digital.invoice;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Rechnungsdaten übernehmen": the approval's first step (after its asynchronous start) reads its
 * decision inputs and dates from the register entry of its business key (ADR 0027).
 */
@Component
class TakeOverInvoiceDataDelegate implements JavaDelegate {

  private final InvoiceRegister register;

  TakeOverInvoiceDataDelegate(InvoiceRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String registerNumber = execution.getProcessBusinessKey();
    InvoiceRegister.ApprovalInputs inputs =
        register
            .approvalInputs(registerNumber)
            .orElseThrow(() -> new IllegalStateException("No register entry " + registerNumber));
    execution.setVariables(InvoiceApprovalProcess.variables(registerNumber, inputs));
  }
}
