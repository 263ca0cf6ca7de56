package de.iserlohn.digital.smartcity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/**
 * Evaluates the DMN table {@code dmn/smartcity/waste-bin-state.dmn} with a standalone DMN engine:
 * raw measurements never reach the process engine (no history row per reading); only a state change
 * is an event.
 */
final class WasteBinStates {

  static final String RESOURCE = "dmn/smartcity/waste-bin-state.dmn";
  static final String DECISION = "wasteBinState";

  enum State {
    OK,
    DUE,
    OVERFLOW
  }

  private final DmnEngine engine;
  private final DmnDecision decision;

  WasteBinStates() {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = WasteBinStates.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " not on the classpath");
      }
      decision = engine.parseDecision(DECISION, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  State next(State previous, double fillLevel, double dueLevel) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("fillLevel", fillLevel);
    variables.put("dueLevel", dueLevel);
    variables.put("previousState", previous.name());
    String state =
        engine.evaluateDecisionTable(decision, variables).getSingleResult().getEntry("state");
    return State.valueOf(state);
  }
}
