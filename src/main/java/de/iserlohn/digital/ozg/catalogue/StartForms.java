package de.iserlohn.digital.ozg.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import de.iserlohn.digital.platform.casefile.RetentionClass;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a catalogue entry and its Camunda Forms start form into a {@link ServiceDefinition}. The
 * form's components and their {@code validate} rules are the single source of the fields; the entry
 * adds what a form cannot say (unit, fee table, upload rules per file field).
 */
public final class StartForms {

  private StartForms() {}

  /**
   * @param entry the catalogue entry ({@code ozg/services/<id>.json})
   * @param form the start form ({@code forms/ozg/<id>.form})
   */
  public static ServiceDefinition read(JsonNode entry, JsonNode form) {
    String id = text(entry, "id");
    if (!id.equals(text(form, "id"))) {
      throw new IllegalArgumentException(
          "Start form id " + text(form, "id") + " does not match service " + id);
    }
    Map<String, UploadRule> uploads = new HashMap<>();
    entry
        .path("uploads")
        .properties()
        .forEach(
            e ->
                uploads.put(
                    e.getKey(),
                    new UploadRule(
                        strings(e.getValue().path("mediaTypes")),
                        e.getValue().path("maxFiles").asInt(1),
                        e.getValue().path("maxSizeMb").asLong(5) * 1024 * 1024)));
    List<FormField> fields = new ArrayList<>();
    for (JsonNode component : form.path("components")) {
      collect(component, uploads, fields, id);
    }
    for (String key : uploads.keySet()) {
      if (fields.stream().noneMatch(f -> f.key().equals(key) && f.isFile())) {
        throw new IllegalArgumentException(id + ": upload rule for unknown file field " + key);
      }
    }
    return new ServiceDefinition(
        id,
        text(entry, "title"),
        text(entry, "description"),
        strings(entry.path("keywords")),
        text(entry, "orgUnit"),
        RetentionClass.valueOf(entry.path("retentionClass").asText("STANDARD")),
        entry.path("feeDecision").isTextual() ? entry.path("feeDecision").asText() : null,
        entry.path("feeNote").isTextual() ? entry.path("feeNote").asText() : null,
        entry.path("processingDays").asInt(14),
        fields,
        processVariables(entry, fields, id));
  }

  /**
   * The fields listed under {@code processVariables}; without the list every input field (the
   * behaviour before the list existed, so that an entry without it keeps working).
   */
  private static List<String> processVariables(JsonNode entry, List<FormField> fields, String id) {
    if (!entry.has("processVariables")) {
      return fields.stream().filter(f -> !f.isFile()).map(FormField::key).toList();
    }
    List<String> keys = strings(entry.path("processVariables"));
    for (String key : keys) {
      if (fields.stream().noneMatch(f -> f.key().equals(key) && !f.isFile())) {
        throw new IllegalArgumentException(
            id + ": process variable " + key + " is not an input field of the start form");
      }
    }
    return keys;
  }

  private static void collect(
      JsonNode component, Map<String, UploadRule> uploads, List<FormField> fields, String id) {
    String type = component.path("type").asText();
    if ("group".equals(type)) {
      for (JsonNode child : component.path("components")) {
        collect(child, uploads, fields, id);
      }
      return;
    }
    if (!component.hasNonNull("key")) {
      return; // static text, images, spacers
    }
    JsonNode validate = component.path("validate");
    String key = component.path("key").asText();
    List<FormField.Option> options = new ArrayList<>();
    for (JsonNode value : component.path("values")) {
      options.add(new FormField.Option(value.path("value").asText(), value.path("label").asText()));
    }
    UploadRule upload = null;
    if ("filepicker".equals(type)) {
      upload = uploads.get(key);
      if (upload == null) {
        throw new IllegalArgumentException(id + ": file field " + key + " has no upload rule");
      }
    }
    String label =
        component.hasNonNull("label")
            ? component.path("label").asText()
            : component.path("dateLabel").asText(key);
    fields.add(
        new FormField(
            key,
            type,
            label,
            component.hasNonNull("description") ? component.path("description").asText() : null,
            validate.path("required").asBoolean(false),
            integer(validate, "minLength"),
            integer(validate, "maxLength"),
            validate.hasNonNull("pattern") ? validate.path("pattern").asText() : null,
            component.path("properties").path("patternMessage").asText(null),
            decimal(validate, "min"),
            decimal(validate, "max"),
            component.path("decimalDigits").asInt(0),
            "email".equals(validate.path("validationType").asText()),
            options,
            upload));
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = node.path(name);
    if (!value.isTextual() || value.asText().isBlank()) {
      throw new IllegalArgumentException("Missing " + name + " in " + node.path("id"));
    }
    return value.asText();
  }

  private static List<String> strings(JsonNode array) {
    List<String> result = new ArrayList<>();
    array.forEach(n -> result.add(n.asText()));
    return result;
  }

  private static Integer integer(JsonNode node, String name) {
    return node.hasNonNull(name) ? node.path(name).asInt() : null;
  }

  private static BigDecimal decimal(JsonNode node, String name) {
    return node.hasNonNull(name) ? node.path(name).decimalValue() : null;
  }
}
