package de.iserlohn.digital.smartcity.ingestion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/**
 * One decision table of {@code dmn/smartcity/}, parsed once from the deployed classpath resource
 * and evaluated by a standalone DMN engine (ADR 0030): raw readings never reach the process engine.
 *
 * <p>The result is cached per input values: the tables are pure functions of their inputs, and a
 * FEEL evaluation costs far more than the rest of storing a reading (JFR of the ingestion
 * benchmark, docs/performance.md). Readings have one decimal, so few distinct inputs occur; the
 * cache is emptied when it reaches {@link #CACHE_LIMIT} entries.
 */
final class DmnTable {

  static final int CACHE_LIMIT = 10_000;

  private final DmnEngine engine;
  private final DmnDecision decision;
  private final Map<Map<String, Object>, DmnDecisionRuleResult> results = new ConcurrentHashMap<>();

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
    Map<String, Object> key = new HashMap<>(variables);
    DmnDecisionRuleResult cached = results.get(key);
    if (cached != null) {
      return cached;
    }
    DmnDecisionRuleResult result =
        engine.evaluateDecisionTable(decision, variables).getSingleResult();
    if (results.size() >= CACHE_LIMIT) {
      results.clear();
    }
    results.put(key, result);
    return result;
  }
}
