package de.iserlohn.digital.mailroom.item;

import static de.iserlohn.digital.mailroom.item.MailroomItemProcess.*;

import de.iserlohn.digital.mailroom.intake.MailroomItem.ItemStatus;
import de.iserlohn.digital.mailroom.intake.MailroomItems;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End of "Schriftstück klassifizieren": keeps the decision with the item, which is then either
 * classified (distributed automatically) or waiting for the Poststelle.
 */
@Component
class RecordClassificationListener implements ExecutionListener {

  private final MailroomItems items;

  RecordClassificationListener(MailroomItems items) {
    this.items = items;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Number confidence = (Number) execution.getVariable(VAR_CONFIDENCE);
    Number threshold = (Number) execution.getVariable(VAR_CONFIDENCE_THRESHOLD);
    boolean sure = confidence != null && confidence.doubleValue() >= threshold.doubleValue();
    items.recordClassification(
        UUID.fromString((String) execution.getVariable(VAR_ITEM_ID)),
        new MailroomItems.Classification(
            (String) execution.getVariable(VAR_DOCUMENT_TYPE),
            (String) execution.getVariable(VAR_ORG_UNIT),
            confidence == null ? null : confidence.doubleValue(),
            (Boolean) execution.getVariable(VAR_KEEP_ORIGINAL)),
        sure ? ItemStatus.KLASSIFIZIERT : ItemStatus.ZUZUORDNEN);
  }
}
