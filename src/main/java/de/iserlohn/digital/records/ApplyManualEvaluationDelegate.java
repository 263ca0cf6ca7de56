package de.iserlohn.digital.records;

import static de.iserlohn.digital.records.RecordsDisposalProcess.*;

import de.iserlohn.digital.records.xdomea.XdomeaException;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Bewertung übernehmen" of an evaluation a clerk recorded by hand. */
@Component
class ApplyManualEvaluationDelegate implements JavaDelegate {

  private final Aussonderung aussonderung;

  ApplyManualEvaluationDelegate(Aussonderung aussonderung) {
    this.aussonderung = aussonderung;
  }

  @Override
  public void execute(DelegateExecution execution) {
    try {
      execution.setVariable(
          VAR_TRANSFER_COUNT,
          aussonderung.applyManualEvaluation(
              (String) execution.getVariable(VAR_XDOMEA_PROCESS_ID),
              (String) execution.getVariable(VAR_TAKEN_CASE_NUMBERS)));
    } catch (XdomeaException e) {
      throw new BpmnError(ERROR_REFUSED, e.getMessage());
    }
  }
}
