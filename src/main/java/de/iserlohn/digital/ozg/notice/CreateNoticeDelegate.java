package de.iserlohn.digital.ozg.notice;

import de.iserlohn.digital.ozg.OzgProcess;
import de.iserlohn.digital.ozg.application.ApplicationLifecycle;
import de.iserlohn.digital.ozg.application.ApplicationSummary;
import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.casefile.DokumentView;
import de.iserlohn.digital.platform.casefile.NewDokument;
import de.iserlohn.digital.platform.casefile.SourceChannel;
import de.iserlohn.digital.platform.identity.CurrentUser;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Bescheid erstellen": renders the notice of the case as PDF (title, the application's data with
 * the form's labels, the decision text with its placeholders filled, the reason) and files it as
 * {@code BESCHEID} into the Vorgang.
 */
@Component
class CreateNoticeDelegate implements JavaDelegate {

  private final ApplicationLifecycle lifecycle;
  private final CaseFileManagement caseFile;
  private final NoticeRenderer renderer;
  private final Clock clock;

  CreateNoticeDelegate(
      ApplicationLifecycle lifecycle,
      CaseFileManagement caseFile,
      NoticeRenderer renderer,
      Clock clock) {
    this.lifecycle = lifecycle;
    this.caseFile = caseFile;
    this.renderer = renderer;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    byte[] pdf = renderer.render(model(lifecycle.summary(caseNumber), execution));
    DokumentView notice =
        caseFile.addDocument(
            caseNumber,
            NewDokument.of(
                "Bescheid-" + caseNumber + ".pdf",
                "application/pdf",
                "BESCHEID",
                SourceChannel.PROCESS),
            new ByteArrayInputStream(pdf),
            CurrentUser.SYSTEM);
    execution.setVariable(OzgProcess.VAR_NOTICE_DOCUMENT_ID, notice.id().toString());
  }

  /** The notice: the application as its owner summarises it, and the decision of the process. */
  private Map<String, Object> model(ApplicationSummary application, DelegateExecution execution) {
    Map<String, Object> model = new HashMap<>();
    model.put("title", execution.getVariable(OzgProcess.VAR_NOTICE_TITLE));
    model.put("kind", execution.getVariable(OzgProcess.VAR_NOTICE_KIND));
    model.put("caseNumber", application.caseNumber());
    model.put("service", application.serviceTitle());
    model.put("applicant", application.applicantName());
    model.put("date", NoticeText.display(LocalDate.now(clock).toString()));
    model.put("rows", application.answers());
    model.put(
        "text",
        NoticeText.fill(
            (String) execution.getVariable(OzgProcess.VAR_NOTICE_TEXT), execution::getVariable));
    model.put("reason", execution.getVariable(OzgProcess.VAR_DECISION_REASON));
    return model;
  }
}
