package de.iserlohn.digital.mailroom.item;

import static de.iserlohn.digital.mailroom.item.MailroomItemProcess.*;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Verteilen": carries out the assignment (see {@link Distribution}); an assignment that cannot be
 * carried out (unknown case number, no unit) goes back to the Poststelle as BPMN error.
 */
@Component
class DistributeItemDelegate implements JavaDelegate {

  private final Distribution distribution;

  DistributeItemDelegate(Distribution distribution) {
    this.distribution = distribution;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Distribution.Assignment assignment =
        new Distribution.Assignment(
            (String) execution.getVariable(VAR_CASE_REFERENCE),
            (String) execution.getVariable(VAR_DOCUMENT_TYPE),
            (String) execution.getVariable(VAR_ORG_UNIT),
            Boolean.TRUE.equals(execution.getVariable(VAR_KEEP_ORIGINAL)));
    try {
      Distribution.Target target =
          distribution.distribute(
              UUID.fromString((String) execution.getVariable(VAR_ITEM_ID)), assignment);
      execution.setVariable(VAR_DISTRIBUTION, target.name());
    } catch (Distribution.InvalidAssignment e) {
      throw new BpmnError(ERROR_ASSIGNMENT_INVALID, e.getMessage());
    }
  }
}
