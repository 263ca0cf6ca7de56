package de.iserlohn.digital.platform.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** The searchable text of a text document: for JSON (e.g. an application's data) its values. */
final class DocumentTexts {

  private static final ObjectMapper JSON = new ObjectMapper();

  private DocumentTexts() {}

  static String ofJson(String json) {
    try {
      StringBuilder text = new StringBuilder();
      collect(JSON.readTree(json), text);
      return text.toString().strip();
    } catch (IOException notJson) {
      return json;
    }
  }

  private static void collect(JsonNode node, StringBuilder text) {
    if (node.isValueNode()) {
      text.append(node.asText()).append('\n');
    } else {
      node.forEach(child -> collect(child, text));
    }
  }
}
