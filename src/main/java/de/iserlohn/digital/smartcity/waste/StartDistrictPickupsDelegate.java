package de.iserlohn.digital.smartcity.waste;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Abfuhr je Bezirk mit fälligen Behältern starten": one route per district and day. */
@Component
class StartDistrictPickupsDelegate implements JavaDelegate {

  static final String VAR_DISTRICTS_STARTED = "districtsStarted";

  private final WastePickups pickups;

  StartDistrictPickupsDelegate(WastePickups pickups) {
    this.pickups = pickups;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(VAR_DISTRICTS_STARTED, String.join(", ", pickups.startDaily()));
  }
}
