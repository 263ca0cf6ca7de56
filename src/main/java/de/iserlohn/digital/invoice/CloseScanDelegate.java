package de.iserlohn.digital.invoice;

import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.identity.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Scan-Vorgang abschließen": a scan that is no invoice, or an invoice registered before, closes
 * its Vorgang; the scan stays in it for the retention period.
 */
@Component
class CloseScanDelegate implements JavaDelegate {

  private final CaseFileManagement caseFile;

  CloseScanDelegate(CaseFileManagement caseFile) {
    this.caseFile = caseFile;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object duplicateOf = execution.getVariable(InvoiceCaptureProcess.VAR_DUPLICATE_OF);
    caseFile.close(
        execution.getProcessBusinessKey(),
        duplicateOf != null
            ? "Bereits registriert als " + duplicateOf
            : "Keine Rechnung (Papierrechnung-Erfassung)",
        CurrentUser.SYSTEM);
  }
}
