package de.iserlohn.digital.hr.mobilework;

import static de.iserlohn.digital.hr.mobilework.MobileWorkProcess.*;

import de.iserlohn.digital.hr.documents.HrPdf;
import de.iserlohn.digital.hr.personnelfile.PersonnelFileSection;
import de.iserlohn.digital.hr.personnelfile.PersonnelFiles;
import de.iserlohn.digital.hr.requests.HrRequests;
import de.iserlohn.digital.hr.requests.RequestStatus;
import de.iserlohn.digital.platform.casefile.SourceChannel;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.web.CityTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Vereinbarung erstellen und in der Personalakte ablegen": renders the agreement on mobile work as
 * PDF into the section Verträge of the personnel file and marks the request approved.
 */
@Component
class FileMobileWorkAgreementDelegate implements JavaDelegate {

  static final String DOCUMENT_TYPE = "VEREINBARUNG_MOBILES_ARBEITEN";

  private final HrRequests requests;
  private final PersonnelFiles personnelFiles;

  FileMobileWorkAgreementDelegate(HrRequests requests, PersonnelFiles personnelFiles) {
    this.requests = requests;
    this.personnelFiles = personnelFiles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    Object council = execution.getVariable(VAR_COUNCIL_DECISION);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("Aktenzeichen", caseNumber);
    fields.put("Beschäftigte/r", (String) execution.getVariable(VAR_EMPLOYEE_NAME));
    fields.put("Beginn", CityTime.date(execution.getVariable(VAR_START_DATE)));
    fields.put("Ende", CityTime.date(execution.getVariable(VAR_END_DATE)));
    fields.put(
        "Tage mobiles Arbeiten pro Woche",
        String.valueOf(execution.getVariable(VAR_DAYS_PER_WEEK)));
    fields.put(
        "Zustimmung der/des Vorgesetzten", (String) execution.getVariable(VAR_SUPERVISOR_ID));
    fields.put(
        "Beteiligung des Personalrats",
        council == null
            ? "Zustimmung gilt als erteilt (Frist abgelaufen, § 66 Abs. 3 LPVG NRW)"
            : "Zustimmung erteilt");
    byte[] pdf =
        HrPdf.render(
            "Vereinbarung über mobiles Arbeiten",
            fields,
            "Die Dienstvereinbarung zum mobilen Arbeiten der Stadt Iserlohn gilt. Die Vereinbarung"
                + " endet mit dem genannten Datum, ohne dass es einer Kündigung bedarf.");
    personnelFiles.file(
        (String) execution.getVariable(VAR_EMPLOYEE_ID),
        PersonnelFileSection.VERTRAEGE,
        "Vereinbarung-mobiles-Arbeiten-" + caseNumber + ".pdf",
        "application/pdf",
        DOCUMENT_TYPE,
        SourceChannel.PROCESS,
        pdf,
        CurrentUser.SYSTEM);
    requests.setStatus(caseNumber, RequestStatus.GENEHMIGT);
  }
}
