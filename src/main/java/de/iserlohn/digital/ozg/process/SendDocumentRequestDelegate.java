package de.iserlohn.digital.ozg.process;

import de.iserlohn.digital.ozg.application.ApplicationStatus;
import de.iserlohn.digital.ozg.application.ApplicationStore;
import de.iserlohn.digital.ozg.application.CitizenMail;
import de.iserlohn.digital.ozg.application.OzgProperties;
import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.identity.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Unterlagen beim Antragsteller anfordern": opens the request with its reply deadline (end of the
 * day {@code replyDays} from now), shows it in the portal and tells the citizen by mail.
 */
@Component
class SendDocumentRequestDelegate implements JavaDelegate {

  private final ApplicationStore store;
  private final CaseFileManagement caseFile;
  private final CitizenMail mail;
  private final OzgProperties properties;
  private final Clock clock;

  SendDocumentRequestDelegate(
      ApplicationStore store,
      CaseFileManagement caseFile,
      CitizenMail mail,
      OzgProperties properties,
      Clock clock) {
    this.store = store;
    this.caseFile = caseFile;
    this.mail = mail;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    String text = (String) execution.getVariable(OzgProcess.VAR_MISSING_DOCUMENTS);
    if (text == null || text.isBlank()) {
      text = "Bitte reichen Sie die fehlenden Unterlagen nach.";
    }
    LocalDate lastDay = LocalDate.now(clock).plusDays(properties.replyDays());
    Date due = Date.from(lastDay.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    store.openRequest(caseNumber, text, due.toInstant());
    String dueText = lastDay.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    store.setStatus(
        caseNumber,
        ApplicationStatus.UNTERLAGEN_ANGEFORDERT,
        "Bitte reichen Sie bis " + dueText + " nach: " + text);
    caseFile.recordChange(caseNumber, CurrentUser.SYSTEM, "Unterlagen nachgefordert: " + text);
    mail.send(caseNumber, "ozg-documents-requested", Map.of("request", text, "dueDate", dueText));
    execution.setVariable(OzgProcess.VAR_REPLY_DUE_DATE, due);
  }
}
