package de.iserlohn.digital.smartcity.ingestion;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;

/**
 * Evaluates {@code dmn/smartcity/tree-water-state.dmn} (standalone DMN engine, see ADR 0030): a
 * tree's water state changes only when two consecutive readings agree.
 */
final class TreeWaterStates {

  static final String RESOURCE = "dmn/smartcity/tree-water-state.dmn";
  static final String DECISION = "treeWaterState";

  enum Level {
    OK,
    DRY,
    CRITICAL
  }

  /** The confirmed state and the level of the latest reading (the next reading's candidate). */
  record Result(Level state, Level candidate) {}

  private final DmnTable table = new DmnTable(RESOURCE, DECISION);

  Result next(Level previousState, Level previousCandidate, double tensionKpa) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("tension", tensionKpa);
    variables.put("previousState", previousState.name());
    variables.put("previousCandidate", previousCandidate.name());
    DmnDecisionRuleResult result = table.evaluate(variables);
    return new Result(
        Level.valueOf(result.getEntry("state")), Level.valueOf(result.getEntry("candidate")));
  }
}
