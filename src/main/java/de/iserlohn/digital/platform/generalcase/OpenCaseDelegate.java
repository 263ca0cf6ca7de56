package de.iserlohn.digital.platform.generalcase;

import static de.iserlohn.digital.platform.generalcase.GeneralCaseProcess.*;

import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.casefile.OpenVorgang;
import de.iserlohn.digital.platform.casefile.RetentionClass;
import de.iserlohn.digital.platform.casefile.VorgangRef;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.identity.OrgUnits;
import de.iserlohn.digital.platform.web.CityTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Vorgang in der E-Akte anlegen": opens the Vorgang (idempotent by business key, so a retried job
 * does not open a second one) and sets the processing deadline. A business key given at the start
 * names a Vorgang the starting clerk may see, and the initiator is the authenticated user: the
 * engine's start guard checks and sets both before this step runs (ADR 0011).
 */
@Component
class OpenCaseDelegate implements JavaDelegate {

  private final CaseFileManagement caseFile;
  private final Clock clock;

  OpenCaseDelegate(CaseFileManagement caseFile, Clock clock) {
    this.caseFile = caseFile;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String orgUnit = (String) execution.getVariable(VAR_ORG_UNIT);
    if (!OrgUnits.CLERK_UNITS.contains(orgUnit)) {
      throw new IllegalArgumentException("Unknown org unit: " + orgUnit);
    }
    String initiator = (String) execution.getVariable(VAR_INITIATOR);
    CurrentUser actor =
        initiator == null ? CurrentUser.SYSTEM : new CurrentUser(initiator, Set.of());
    OpenVorgang command =
        OpenVorgang.of(
                (String) execution.getVariable(VAR_TITLE),
                CASE_TYPE,
                orgUnit,
                RetentionClass.STANDARD)
            .withCaseNumber(execution.getProcessBusinessKey());
    VorgangRef vorgang = caseFile.open(command, actor);
    if (execution.getProcessBusinessKey() == null) {
      execution.setProcessBusinessKey(vorgang.caseNumber());
    }
    execution.setVariable(VAR_CASE_NUMBER, vorgang.caseNumber());
    LocalDate due = LocalDate.now(clock).plus(PROCESSING_TIME);
    execution.setVariable(VAR_DUE_DATE, Date.from(CityTime.startOfDay(due)));
  }
}
