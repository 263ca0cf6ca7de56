package de.iserlohn.digital.smartcity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

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

  private final DmnEngine engine;
  private final DmnDecision decision;

  TreeWaterStates() {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = TreeWaterStates.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " not on the classpath");
      }
      decision = engine.parseDecision(DECISION, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Result next(Level previousState, Level previousCandidate, double tensionKpa) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("tension", tensionKpa);
    variables.put("previousState", previousState.name());
    variables.put("previousCandidate", previousCandidate.name());
    DmnDecisionRuleResult result =
        engine.evaluateDecisionTable(decision, variables).getSingleResult();
    return new Result(
        Level.valueOf(result.getEntry("state")), Level.valueOf(result.getEntry("candidate")));
  }
}
