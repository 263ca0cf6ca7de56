package de.iserlohn.digital.ozg.notice;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.iserlohn.digital.ozg.application.ApplicationRecord;
import de.iserlohn.digital.ozg.application.ApplicationStore;
import de.iserlohn.digital.ozg.catalogue.FormField;
import de.iserlohn.digital.ozg.catalogue.ServiceCatalogue;
import de.iserlohn.digital.ozg.catalogue.ServiceDefinition;
import de.iserlohn.digital.ozg.process.OzgProcess;
import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.casefile.DokumentView;
import de.iserlohn.digital.platform.casefile.NewDokument;
import de.iserlohn.digital.platform.casefile.SourceChannel;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.web.NotFoundException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

  private final ApplicationStore store;
  private final ServiceCatalogue catalogue;
  private final CaseFileManagement caseFile;
  private final NoticeRenderer renderer;
  private final ObjectMapper json;
  private final Clock clock;

  CreateNoticeDelegate(
      ApplicationStore store,
      ServiceCatalogue catalogue,
      CaseFileManagement caseFile,
      NoticeRenderer renderer,
      ObjectMapper json,
      Clock clock) {
    this.store = store;
    this.catalogue = catalogue;
    this.caseFile = caseFile;
    this.renderer = renderer;
    this.json = json;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    ApplicationRecord application =
        store.find(caseNumber).orElseThrow(() -> NotFoundException.of("Antrag", caseNumber));
    ServiceDefinition service = catalogue.get(application.serviceId());
    Map<String, Object> data = data(application);
    Map<String, String> rows = new LinkedHashMap<>();
    for (FormField field : service.fields()) {
      if (!field.isFile() && data.containsKey(field.key())) {
        rows.put(field.label(), field.display(data.get(field.key())));
      }
    }
    String title = (String) execution.getVariable(OzgProcess.VAR_NOTICE_TITLE);
    Map<String, Object> model = new HashMap<>();
    model.put("title", title);
    model.put("kind", execution.getVariable(OzgProcess.VAR_NOTICE_KIND));
    model.put("caseNumber", caseNumber);
    model.put("service", service.title());
    model.put("applicant", application.applicantName());
    model.put("date", NoticeText.display(LocalDate.now(clock).toString()));
    model.put("rows", rows);
    model.put(
        "text",
        NoticeText.fill(
            (String) execution.getVariable(OzgProcess.VAR_NOTICE_TEXT), execution::getVariable));
    model.put("reason", execution.getVariable(OzgProcess.VAR_DECISION_REASON));
    byte[] pdf = renderer.render(model);
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

  private Map<String, Object> data(ApplicationRecord application) {
    try {
      return json.readValue(application.dataJson(), new TypeReference<Map<String, Object>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
