package de.iserlohn.digital.records;

import static de.iserlohn.digital.records.RecordsDisposalProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Vorgänge an das Archiv übergeben": the transfer package (xdomea 0503, zipped) into the drop
 * folder.
 */
@Component
class TransferVorgaengeDelegate implements JavaDelegate {

  private final Aussonderung aussonderung;

  TransferVorgaengeDelegate(Aussonderung aussonderung) {
    this.aussonderung = aussonderung;
  }

  @Override
  public void execute(DelegateExecution execution) {
    aussonderung.transfer((String) execution.getVariable(VAR_XDOMEA_PROCESS_ID));
  }
}
