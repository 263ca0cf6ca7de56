package de.iserlohn.digital.ozg.bulkywaste;

import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.identity.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Abholtermin festlegen": the next day of the district's tour, at least five days ahead. */
@Component
class SchedulePickupDelegate implements JavaDelegate {

  private final CaseFileManagement caseFile;
  private final Clock clock;

  SchedulePickupDelegate(CaseFileManagement caseFile, Clock clock) {
    this.caseFile = caseFile;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int weekday =
        ((Number) execution.getVariable(BulkyWastePickupProcess.VAR_PICKUP_WEEKDAY)).intValue();
    LocalDate date =
        PickupDates.next(LocalDate.now(clock), weekday, BulkyWastePickupProcess.LEAD_DAYS);
    execution.setVariable(BulkyWastePickupProcess.VAR_PICKUP_DATE, date.toString());
    caseFile.recordChange(
        execution.getProcessBusinessKey(),
        CurrentUser.SYSTEM,
        "Abholtermin automatisch festgelegt: " + date);
  }
}
