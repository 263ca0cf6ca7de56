package de.iserlohn.digital.smartcity.ingestion;

import de.iserlohn.digital.smartcity.RoadIceState;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;

/**
 * Evaluates {@code dmn/smartcity/road-ice-risk.dmn} (standalone DMN engine, ADR 0030): the ice risk
 * of a road segment from its surface temperature and dew point, with hysteresis, the alarm level
 * and the order in which the priority classes are served.
 */
final class RoadIceStates {

  static final String RESOURCE = "dmn/smartcity/road-ice-risk.dmn";
  static final String DECISION = "roadIceRisk";

  /** The state, its alarm level and the priority classes in the order they are served. */
  record Result(RoadIceState state, String alarmLevel, List<Integer> priorityClasses) {}

  private final DmnTable table = new DmnTable(RESOURCE, DECISION);

  Result next(
      RoadIceState previous,
      double surfaceTemperature,
      double dewPoint,
      double warningTemperature) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("surfaceTemperature", surfaceTemperature);
    variables.put("dewPoint", dewPoint);
    variables.put("warningTemperature", warningTemperature);
    variables.put("previousState", previous.name());
    DmnDecisionRuleResult result = table.evaluate(variables);
    String classes = result.getEntry("priorityClasses");
    return new Result(
        RoadIceState.valueOf(result.getEntry("state")),
        result.getEntry("alarmLevel"),
        classes == null || classes.isBlank()
            ? List.of()
            : Arrays.stream(classes.split(",")).map(String::trim).map(Integer::valueOf).toList());
  }
}
