package de.iserlohn.digital.ozg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/** Evaluates the real DMN files of {@code dmn/ozg} with a standalone DMN engine (no Spring). */
public final class OzgDmnTables {

  private static final DmnEngine ENGINE =
      DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  private OzgDmnTables() {}

  public static DmnDecisionResult evaluate(String file, String key, Map<String, Object> vars) {
    try (InputStream in = Files.newInputStream(Path.of("dmn/ozg", file))) {
      return ENGINE.evaluateDecision(ENGINE.parseDecision(key, in), vars);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
