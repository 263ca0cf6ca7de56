package de.iserlohn.digital.ozg.notice;

import de.iserlohn.digital.ozg.OzgProcess;
import de.iserlohn.digital.ozg.application.ApplicationLifecycle;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Bescheid zustellen": the notice is shown in the portal ("Meine Anträge") and, when the citizen
 * gave an address, sent by mail as a PDF attachment ({@link ApplicationLifecycle#noticeDelivered}).
 */
@Component
class DeliverNoticeDelegate implements JavaDelegate {

  private final ApplicationLifecycle lifecycle;

  DeliverNoticeDelegate(ApplicationLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    lifecycle.noticeDelivered(
        execution.getProcessBusinessKey(),
        (String) execution.getVariable(OzgProcess.VAR_NOTICE_TITLE),
        UUID.fromString((String) execution.getVariable(OzgProcess.VAR_NOTICE_DOCUMENT_ID)));
  }
}
