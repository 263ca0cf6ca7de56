package de.iserlohn.digital.ozg.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every start-form field that a service's model reads (an expression, a call-activity mapping, an
 * input of one of its DMN tables, a field of one of its Tasklist forms) is among the {@code
 * processVariables} of its catalogue entry: otherwise a gateway or decision would fail, or a clerk
 * would see an empty field in Tasklist. Reads the real files, without Spring.
 */
class ProcessVariablesTests {

  static final Path ENTRIES = Path.of("src/main/resources/ozg/services");
  static final Pattern FORM_REF =
      Pattern.compile("<bpmn:userTask[^>]*camunda:formRef=\"([^\"]+)\"");
  static final Pattern DECISION_REF = Pattern.compile("camunda:decisionRef=\"([^\"]+)\"");
  static final Pattern MAPPED = Pattern.compile("camunda:in source=\"([^\"]+)\"");
  static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
  static final Pattern DMN_INPUT =
      Pattern.compile("<inputExpression[^>]*>\\s*<text>([^<]+)</text>");
  static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  final ObjectMapper json = new ObjectMapper();

  static Stream<String> services() throws IOException {
    try (Stream<Path> files = Files.list(ENTRIES)) {
      return files
          .map(p -> p.getFileName().toString().replace(".json", ""))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("services")
  void everyFieldTheModelReadsIsAProcessVariable(String serviceId) throws IOException {
    ServiceDefinition service =
        StartForms.read(
            json.readTree(ENTRIES.resolve(serviceId + ".json").toFile()),
            json.readTree(new File("forms/ozg/" + serviceId + ".form")));
    String model = Files.readString(Path.of("processes/ozg/" + serviceId + ".bpmn"));
    Set<String> read = new HashSet<>();
    for (String form : all(FORM_REF, model)) {
      collectKeys(json.readTree(new File("forms/ozg/" + form + ".form")), read);
    }
    for (String decision : all(DECISION_REF, model)) {
      read.addAll(all(DMN_INPUT, Files.readString(Path.of("dmn/ozg/" + decision + ".dmn"))));
    }
    read.addAll(all(MAPPED, model));
    for (String expression : all(EXPRESSION, model)) {
      read.addAll(all(WORD, expression));
    }
    List<String> fieldsRead =
        service.fields().stream()
            .filter(f -> !f.isFile())
            .map(FormField::key)
            .filter(read::contains)
            .toList();

    assertThat(fieldsRead).isNotEmpty();
    assertThat(service.processVariables())
        .as("processVariables of %s", serviceId)
        .containsAll(fieldsRead);
  }

  private static void collectKeys(JsonNode node, Set<String> keys) {
    for (JsonNode component : node.path("components")) {
      if (component.hasNonNull("key")) {
        keys.add(component.path("key").asText());
      }
      collectKeys(component, keys);
    }
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(matcher.groupCount() == 0 ? 0 : 1).strip());
    }
    return found;
  }
}
