package de.iserlohn.digital.records;

import static de.iserlohn.digital.records.RecordsDisposalProcess.*;

import de.iserlohn.digital.records.xdomea.XdomeaException;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Übernahme verbuchen": the archive's import confirmation (0506) applied whole, or refused. */
@Component
class ApplyImportConfirmationDelegate implements JavaDelegate {

  private final Aussonderung aussonderung;

  ApplyImportConfirmationDelegate(Aussonderung aussonderung) {
    this.aussonderung = aussonderung;
  }

  @Override
  public void execute(DelegateExecution execution) {
    try {
      aussonderung.applyImportConfirmation(
          (String) execution.getVariable(VAR_XDOMEA_PROCESS_ID),
          (String) execution.getVariable(VAR_INBOX_MESSAGE));
    } catch (XdomeaException e) {
      throw new BpmnError(ERROR_REFUSED, e.getMessage());
    }
  }
}
