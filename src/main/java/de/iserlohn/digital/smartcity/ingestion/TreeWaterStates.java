package de.iserlohn.digital.smartcity.ingestion;

import de.iserlohn.digital.smartcity.TreeWaterState;
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

  /** The confirmed state and the level of the latest reading (the next reading's candidate). */
  record Result(TreeWaterState state, TreeWaterState candidate) {}

  private final DmnTable table = new DmnTable(RESOURCE, DECISION);

  Result next(TreeWaterState previousState, TreeWaterState previousCandidate, double tensionKpa) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("tension", tensionKpa);
    variables.put("previousState", previousState.name());
    variables.put("previousCandidate", previousCandidate.name());
    DmnDecisionRuleResult result = table.evaluate(variables);
    return new Result(
        TreeWaterState.valueOf(result.getEntry("state")),
        TreeWaterState.valueOf(result.getEntry("candidate")));
  }
}
