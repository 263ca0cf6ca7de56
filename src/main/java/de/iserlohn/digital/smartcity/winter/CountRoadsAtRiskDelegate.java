package de.iserlohn.digital.smartcity.winter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Sensorlage prüfen": how many road segments still report ice risk. */
@Component
class CountRoadsAtRiskDelegate implements JavaDelegate {

  private final WinterDispatches dispatches;

  CountRoadsAtRiskDelegate(WinterDispatches dispatches) {
    this.dispatches = dispatches;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(WinterDispatchProcess.VAR_ROADS_AT_RISK, dispatches.roadsAtRisk().size());
  }
}
