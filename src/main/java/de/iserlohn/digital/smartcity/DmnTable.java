package de.iserlohn.digital.smartcity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/**
 * One decision table of {@code dmn/smartcity/}, parsed once from the deployed classpath resource
 * and evaluated by a standalone DMN engine (ADR 0030): raw readings never reach the process engine.
 */
final class DmnTable {

  private final DmnEngine engine;
  private final DmnDecision decision;

  DmnTable(String resource, String decisionKey) {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = DmnTable.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " not on the classpath");
      }
      decision = engine.parseDecision(decisionKey, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The single matching rule (hit policy FIRST). */
  DmnDecisionRuleResult evaluate(Map<String, Object> variables) {
    return engine.evaluateDecisionTable(decision, variables).getSingleResult();
  }
}
