package de.iserlohn.digital.records;

import static de.iserlohn.digital.records.RecordsDisposalProcess.*;

import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.records.xdomea.XdomeaException;
import java.util.Set;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Liste übernehmen": applies the records officer's hold-backs; a line that names no Vorgang of the
 * list or no reason is refused back to the officer.
 */
@Component
class ApplyDisposalListDelegate implements JavaDelegate {

  private final Aussonderung aussonderung;

  ApplyDisposalListDelegate(Aussonderung aussonderung) {
    this.aussonderung = aussonderung;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String processId = (String) execution.getVariable(VAR_XDOMEA_PROCESS_ID);
    String holdBack = (String) execution.getVariable(VAR_HOLD_BACK);
    String officer = Authenticated.userOf(execution);
    try {
      execution.setVariable(
          VAR_OFFER_COUNT,
          aussonderung.confirm(processId, holdBack, new CurrentUser(officer, Set.of())));
    } catch (XdomeaException e) {
      throw new BpmnError(ERROR_REFUSED, e.getMessage());
    }
  }
}
