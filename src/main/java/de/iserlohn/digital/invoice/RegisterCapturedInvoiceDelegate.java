package de.iserlohn.digital.invoice;

import de.iserlohn.digital.platform.identity.CurrentUser;
import java.util.Set;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * "Rechnung registrieren": the captured paper invoice enters the register and the approval process.
 * Wrong fields refuse the completion of the capture task (German message per field); an invoice
 * registered before ends the capture with {@code DuplicateInvoice}.
 */
@Component
class RegisterCapturedInvoiceDelegate implements JavaDelegate {

  private final InvoiceIntake intake;

  RegisterCapturedInvoiceDelegate(InvoiceIntake intake) {
    this.intake = intake;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String registerNumber = execution.getProcessBusinessKey();
    InvoiceView invoice =
        intake.registerCaptured(
            registerNumber,
            CapturedInvoice.of(execution.getVariables()),
            new CurrentUser(actor(execution), Set.of()));
    if (invoice.duplicate()) {
      execution.setVariable(InvoiceCaptureProcess.VAR_DUPLICATE_OF, invoice.registerNumber());
      throw new BpmnError(
          InvoiceCaptureProcess.ERROR_DUPLICATE,
          "Die Rechnung ist bereits unter " + invoice.registerNumber() + " registriert.");
    }
  }

  /** The clerk who completed the capture (Tasklist authentication), else the process. */
  private static String actor(DelegateExecution execution) {
    Authentication current =
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return current == null || current.getUserId() == null
        ? InvoiceStatusService.PROCESS
        : current.getUserId();
  }
}
