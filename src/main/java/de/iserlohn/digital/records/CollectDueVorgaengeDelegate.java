package de.iserlohn.digital.records;

import static de.iserlohn.digital.records.RecordsDisposalProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Fällige Vorgänge ermitteln": lists the unit's Vorgänge whose retention ended. */
@Component
class CollectDueVorgaengeDelegate implements JavaDelegate {

  private final Aussonderung aussonderung;

  CollectDueVorgaengeDelegate(Aussonderung aussonderung) {
    this.aussonderung = aussonderung;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String orgUnit = (String) execution.getVariable(VAR_ORG_UNIT);
    Aussonderung.Collected collected = aussonderung.collect(orgUnit);
    if (execution.getProcessBusinessKey() == null) {
      execution.setProcessBusinessKey("AUS-" + orgUnit + "-" + collected.processId());
    }
    execution.setVariable(VAR_XDOMEA_PROCESS_ID, collected.processId());
    execution.setVariable(VAR_DUE_COUNT, collected.count());
    execution.setVariable(VAR_DUE_LIST, collected.list());
  }
}
