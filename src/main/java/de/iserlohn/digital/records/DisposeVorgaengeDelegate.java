package de.iserlohn.digital.records;

import static de.iserlohn.digital.records.RecordsDisposalProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Vorgänge löschen": archived and destroyed Vorgänge leave the case file with a tombstone. */
@Component
class DisposeVorgaengeDelegate implements JavaDelegate {

  private final Aussonderung aussonderung;

  DisposeVorgaengeDelegate(Aussonderung aussonderung) {
    this.aussonderung = aussonderung;
  }

  @Override
  public void execute(DelegateExecution execution) {
    aussonderung.dispose((String) execution.getVariable(VAR_XDOMEA_PROCESS_ID));
  }
}
