package de.iserlohn.digital.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What a module's BPMN models under {@code processes/<module>} call, for its module test. */
public final class ModuleModels {

  private static final Pattern DELEGATE =
      Pattern.compile("camunda:delegateExpression=\"\\$\\{(\\w+)}\"");

  private ModuleModels() {}

  /** The bean names of every {@code delegateExpression} in the module's models. */
  public static List<String> delegatesOf(String module) {
    try (Stream<Path> models = Files.list(Path.of("processes", module))) {
      return models
          .filter(p -> p.toString().endsWith(".bpmn"))
          .sorted()
          .flatMap(ModuleModels::delegatesIn)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Stream<String> delegatesIn(Path model) {
    try {
      return DELEGATE.matcher(Files.readString(model)).results().map(m -> m.group(1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
