package de.iserlohn.digital.ozg.notice;

import de.iserlohn.digital.ozg.application.ApplicationRecord;
import de.iserlohn.digital.ozg.application.ApplicationStore;
import de.iserlohn.digital.ozg.application.CitizenMail;
import de.iserlohn.digital.ozg.process.OzgProcess;
import de.iserlohn.digital.platform.notification.OutgoingMail;
import de.iserlohn.digital.platform.web.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Bescheid zustellen": the notice is shown in the portal ("Meine Anträge") and, when the citizen
 * gave an address, sent by mail as a PDF attachment.
 */
@Component
class DeliverNoticeDelegate implements JavaDelegate {

  private final ApplicationStore store;
  private final CitizenMail mail;

  DeliverNoticeDelegate(ApplicationStore store, CitizenMail mail) {
    this.store = store;
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    ApplicationRecord application =
        store.find(caseNumber).orElseThrow(() -> NotFoundException.of("Antrag", caseNumber));
    String title = (String) execution.getVariable(OzgProcess.VAR_NOTICE_TITLE);
    store.setStatus(
        caseNumber,
        application.status(),
        "Ihr Bescheid „" + title + "“ liegt unter „Meine Anträge“ bereit.");
    UUID document =
        UUID.fromString((String) execution.getVariable(OzgProcess.VAR_NOTICE_DOCUMENT_ID));
    mail.send(
        caseNumber,
        "ozg-notice-delivered",
        Map.of("noticeTitle", title),
        List.of(new OutgoingMail.Attachment(caseNumber, document)));
  }
}
