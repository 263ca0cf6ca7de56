package de.iserlohn.digital.smartcity.maintenance;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Sensoren prüfen": starts and ends maintenance processes (see {@link DeviceMaintenance}). */
@Component
class CheckDeviceHealthDelegate implements JavaDelegate {

  private final DeviceMaintenance maintenance;

  CheckDeviceHealthDelegate(DeviceMaintenance maintenance) {
    this.maintenance = maintenance;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DeviceMaintenance.Outcome outcome = maintenance.check();
    execution.setVariable("maintenanceStarted", outcome.started());
    execution.setVariable("maintenanceCleared", outcome.cleared());
  }
}
