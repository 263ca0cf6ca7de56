package de.iserlohn.digital.smartcity.ingestion;

import de.iserlohn.digital.smartcity.WasteBinState;
import java.util.HashMap;
import java.util.Map;

/**
 * Evaluates the DMN table {@code dmn/smartcity/waste-bin-state.dmn} with a standalone DMN engine:
 * raw measurements never reach the process engine (no history row per reading); only a state change
 * is an event.
 */
final class WasteBinStates {

  static final String RESOURCE = "dmn/smartcity/waste-bin-state.dmn";
  static final String DECISION = "wasteBinState";

  private final DmnTable table = new DmnTable(RESOURCE, DECISION);

  WasteBinState next(WasteBinState previous, double fillLevel, double dueLevel) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("fillLevel", fillLevel);
    variables.put("dueLevel", dueLevel);
    variables.put("previousState", previous.name());
    String state = table.evaluate(variables).getEntry("state");
    return WasteBinState.valueOf(state);
  }
}
