package de.iserlohn.digital.ozg.dogtax;

import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.identity.CurrentUser;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Steuerpflicht beenden": the tax ends with the month in which the keeping ended (see {@link
 * DogTaxPeriod}); the Abmeldebestätigung names that day.
 */
@Component
class EndTaxDelegate implements JavaDelegate {

  private final CaseFileManagement caseFile;

  EndTaxDelegate(CaseFileManagement caseFile) {
    this.caseFile = caseFile;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate until =
        DogTaxPeriod.taxUntil(
            LocalDate.parse((String) execution.getVariable(DogTaxProcess.VAR_EFFECTIVE_DATE)));
    execution.setVariable(DogTaxProcess.VAR_TAX_UNTIL, until.toString());
    caseFile.recordChange(
        execution.getProcessBusinessKey(),
        CurrentUser.SYSTEM,
        "Hundesteuerpflicht endet am " + until);
  }
}
