package de.iserlohn.digital.records;

import static de.iserlohn.digital.records.RecordsDisposalProcess.*;

import de.iserlohn.digital.records.xdomea.XdomeaException;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Bewertung übernehmen": the archive's evaluation (0502) applied whole, or refused with its
 * reason.
 */
@Component
class ApplyEvaluationDelegate implements JavaDelegate {

  private final Aussonderung aussonderung;

  ApplyEvaluationDelegate(Aussonderung aussonderung) {
    this.aussonderung = aussonderung;
  }

  @Override
  public void execute(DelegateExecution execution) {
    try {
      execution.setVariable(
          VAR_TRANSFER_COUNT,
          aussonderung.applyEvaluation(
              (String) execution.getVariable(VAR_XDOMEA_PROCESS_ID),
              (String) execution.getVariable(VAR_INBOX_MESSAGE)));
    } catch (XdomeaException e) {
      throw new BpmnError(ERROR_REFUSED, e.getMessage());
    }
  }
}
