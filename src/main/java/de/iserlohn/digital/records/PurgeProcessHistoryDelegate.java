package de.iserlohn.digital.records;

import static de.iserlohn.digital.records.RecordsDisposalProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Prozessdaten der Vorgänge löschen": the engine history of the processes of the disposed
 * Vorgänge, in the transaction after their disposal.
 */
@Component
class PurgeProcessHistoryDelegate implements JavaDelegate {

  private final Aussonderung aussonderung;

  PurgeProcessHistoryDelegate(Aussonderung aussonderung) {
    this.aussonderung = aussonderung;
  }

  @Override
  public void execute(DelegateExecution execution) {
    aussonderung.purgeProcessHistory((String) execution.getVariable(VAR_XDOMEA_PROCESS_ID));
  }
}
