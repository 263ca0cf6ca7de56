package de.iserlohn.digital.hr.travel;

import de.iserlohn.digital.hr.documents.HrPdf;
import de.iserlohn.digital.hr.personnelfile.PersonnelFileSection;
import de.iserlohn.digital.hr.personnelfile.PersonnelFiles;
import de.iserlohn.digital.hr.requests.HrRequest;
import de.iserlohn.digital.hr.requests.HrRequests;
import de.iserlohn.digital.hr.requests.RequestStatus;
import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.casefile.SourceChannel;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.web.CityTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Genehmigung in der Personalakte ablegen": renders the approval as PDF, files it into the section
 * Reisen of the employee's personnel file and marks the request approved.
 */
@Component
class FileTravelApprovalDelegate implements JavaDelegate {

  static final String DOCUMENT_TYPE = "DIENSTREISEGENEHMIGUNG";

  private final HrRequests requests;
  private final PersonnelFiles personnelFiles;
  private final CaseFileManagement caseFile;

  FileTravelApprovalDelegate(
      HrRequests requests, PersonnelFiles personnelFiles, CaseFileManagement caseFile) {
    this.requests = requests;
    this.personnelFiles = personnelFiles;
    this.caseFile = caseFile;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    HrRequest request =
        requests
            .find(caseNumber)
            .orElseThrow(() -> new IllegalStateException("No HR request " + caseNumber));
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("Aktenzeichen", caseNumber);
    fields.put(
        "Beschäftigte/r", (String) execution.getVariable(TravelRequestProcess.VAR_EMPLOYEE_NAME));
    fields.put("Reiseziel", request.destination());
    fields.put("Auslandsdienstreise", Boolean.TRUE.equals(request.abroad()) ? "ja" : "nein");
    fields.put(
        "Zeitraum",
        CityTime.date(request.startDate()) + " bis " + CityTime.date(request.endDate()));
    fields.put("Zweck", request.purpose());
    fields.put("Verkehrsmittel", request.transport());
    fields.put("Geschätzte Kosten (EUR)", request.estimatedCost().toPlainString());
    fields.put("Genehmigt von (Vorgesetzte/r)", request.supervisorId());
    Object hr = execution.getVariable(TravelRequestProcess.VAR_HR_DECISION);
    if (hr != null) {
      fields.put(
          "Zusatzgenehmigung Personal",
          execution.getVariable(TravelRequestProcess.VAR_EXTRA_APPROVAL_REASON) + ": " + hr);
    }
    byte[] pdf =
        HrPdf.render(
            "Genehmigung der Dienstreise",
            fields,
            "Die Dienstreise ist genehmigt. Die Reisekosten sind innerhalb von sechs Monaten nach"
                + " Ende der Dienstreise abzurechnen (§ 3 LRKG NRW).");
    personnelFiles.file(
        request.employeeId(),
        PersonnelFileSection.REISEN,
        "Dienstreisegenehmigung-" + caseNumber + ".pdf",
        "application/pdf",
        DOCUMENT_TYPE,
        SourceChannel.PROCESS,
        pdf,
        CurrentUser.SYSTEM);
    requests.setStatus(caseNumber, RequestStatus.GENEHMIGT);
    caseFile.close(caseNumber, "genehmigt", CurrentUser.SYSTEM);
  }
}
