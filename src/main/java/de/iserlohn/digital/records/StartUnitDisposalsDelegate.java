package de.iserlohn.digital.records;

import static de.iserlohn.digital.records.RecordsDisposalProcess.MSG_START;
import static de.iserlohn.digital.records.RecordsDisposalProcess.VAR_ORG_UNIT;

import de.iserlohn.digital.platform.casefile.FilePlan;
import de.iserlohn.digital.platform.casefile.FilePlanUnit;
import java.time.Clock;
import java.time.Year;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Aussonderung je Einheit anstoßen": the yearly timer starts one Aussonderung per unit of the file
 * plan (business key {@code AUS-<unit>-<year>}; a unit already started this year is skipped).
 */
@Component
class StartUnitDisposalsDelegate implements JavaDelegate {

  private final FilePlan filePlan;
  private final Clock clock;

  StartUnitDisposalsDelegate(FilePlan filePlan, Clock clock) {
    this.filePlan = filePlan;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var runtime = execution.getProcessEngineServices().getRuntimeService();
    int year = Year.now(clock).getValue();
    for (FilePlanUnit unit : filePlan.units()) {
      String key = "AUS-" + unit.orgUnit() + "-" + year;
      if (runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count() == 0) {
        runtime.startProcessInstanceByMessage(MSG_START, key, Map.of(VAR_ORG_UNIT, unit.orgUnit()));
      }
    }
  }
}
