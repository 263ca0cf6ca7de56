package de.iserlohn.digital.records;

import static de.iserlohn.digital.records.RecordsDisposalProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Anbietung an das Archiv senden": the offer (xdomea 0501) into the drop folder. */
@Component
class SendOfferDelegate implements JavaDelegate {

  private final Aussonderung aussonderung;

  SendOfferDelegate(Aussonderung aussonderung) {
    this.aussonderung = aussonderung;
  }

  @Override
  public void execute(DelegateExecution execution) {
    aussonderung.offer((String) execution.getVariable(VAR_XDOMEA_PROCESS_ID));
  }
}
