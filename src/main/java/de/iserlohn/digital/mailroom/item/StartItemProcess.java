package de.iserlohn.digital.mailroom.item;

import static de.iserlohn.digital.mailroom.item.MailroomItemProcess.PROCESS_KEY;
import static de.iserlohn.digital.mailroom.item.MailroomItemProcess.VAR_CONFIDENCE_THRESHOLD;
import static de.iserlohn.digital.mailroom.item.MailroomItemProcess.VAR_FILE_NAME;
import static de.iserlohn.digital.mailroom.item.MailroomItemProcess.VAR_ITEM_ID;

import de.iserlohn.digital.mailroom.intake.ItemHandover;
import de.iserlohn.digital.mailroom.intake.MailroomItem;
import de.iserlohn.digital.mailroom.intake.MailroomProperties;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Takes over a recorded item from the intake: starts its process ({@code mailroom-item}) with the
 * mailroom's Vorgang as business key.
 */
@Component
class StartItemProcess implements ItemHandover {

  private final RuntimeService runtime;
  private final MailroomProperties properties;

  StartItemProcess(RuntimeService runtime, MailroomProperties properties) {
    this.runtime = runtime;
    this.properties = properties;
  }

  @Override
  public void received(MailroomItem item) {
    runtime.startProcessInstanceByKey(
        PROCESS_KEY,
        item.caseNumber(),
        Map.of(
            VAR_ITEM_ID, item.id().toString(),
            VAR_FILE_NAME, item.fileName(),
            VAR_CONFIDENCE_THRESHOLD, properties.confidenceThreshold()));
  }
}
