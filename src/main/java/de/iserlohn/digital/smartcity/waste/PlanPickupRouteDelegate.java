package de.iserlohn.digital.smartcity.waste;

import static de.iserlohn.digital.smartcity.waste.WastePickupProcess.VAR_ASSET_ID;
import static de.iserlohn.digital.smartcity.waste.WastePickupProcess.VAR_DISTRICT;
import static de.iserlohn.digital.smartcity.waste.WastePickupProcess.VAR_URGENT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Route planen": the stops in the solver's order, the distance and the task title. */
@Component
class PlanPickupRouteDelegate implements JavaDelegate {

  private final WastePickups pickups;

  PlanPickupRouteDelegate(WastePickups pickups) {
    this.pickups = pickups;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String district = (String) execution.getVariable(VAR_DISTRICT);
    boolean urgent = Boolean.TRUE.equals(execution.getVariable(VAR_URGENT));
    String assetId = urgent ? (String) execution.getVariable(VAR_ASSET_ID) : null;
    var route = pickups.plan(district, assetId);
    String title = urgent ? "dringende Leerung " + assetId + " (" + district + ")" : district;
    execution.setVariables(WastePickups.variables(route, title));
  }
}
