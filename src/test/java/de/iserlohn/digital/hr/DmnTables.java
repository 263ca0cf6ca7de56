package de.iserlohn.digital.hr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/** Evaluates the real DMN files of {@code dmn/hr} with a standalone DMN engine (no Spring). */
public final class DmnTables {

  private static final DmnEngine ENGINE =
      DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  private DmnTables() {}

  public static DmnDecisionResult evaluate(String file, String key, Map<String, Object> vars) {
    try (InputStream in = Files.newInputStream(Path.of("dmn/hr", file))) {
      DmnDecision decision = ENGINE.parseDecision(key, in);
      return ENGINE.evaluateDecision(decision, vars);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
