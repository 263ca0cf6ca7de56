package de.iserlohn.digital.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tasklist, Cockpit and Admin speak German: every key of the English locale that the webapp jar
 * ships has a German text in the city's locale file, which the webapps load instead of the vendor's
 * (it comes first on the classpath).
 */
class WebappLocaleTests {

  private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
  private static final String VENDOR_JAR = "camunda-webapp-webjar";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}");
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void everyEnglishKeyHasAGermanText(String app) throws IOException {
    Map<String, String> english = texts(vendorEnglish(app));
    Map<String, String> german = texts(cityGerman(app));

    List<String> missing = new ArrayList<>();
    for (String key : english.keySet()) {
      String text = german.get(key);
      if (text == null || text.isBlank()) {
        missing.add(key);
      }
    }
    assertThat(english).hasSizeGreaterThan(400);
    assertThat(missing).as("keys of %s/en.json without German text", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void germanTextsKeepThePlaceholdersOfTheEnglishOnes(String app) throws IOException {
    Map<String, String> english = texts(vendorEnglish(app));
    Map<String, String> german = texts(cityGerman(app));

    List<String> broken = new ArrayList<>();
    english.forEach(
        (key, text) -> {
          if (!placeholders(german.getOrDefault(key, "")).containsAll(placeholders(text))) {
            broken.add(key + ": " + german.get(key));
          }
        });
    assertThat(broken).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void theWebappsLoadTheCitysGermanNotTheVendors(String app) throws IOException {
    URL first = getClass().getClassLoader().getResource(LOCALES.formatted(app, "de"));

    assertThat(first).isNotNull();
    assertThat(first.toString()).doesNotContain(VENDOR_JAR);
    JsonNode german = read(first);
    assertThat(german.at("/labels/APP_VENDOR").asText()).isEqualTo("Stadt Iserlohn");
    assertThat(german.at("/dateLocales/longDateFormat/L").asText()).isEqualTo("DD.MM.YYYY");
  }

  private URL vendorEnglish(String app) throws IOException {
    return resources(LOCALES.formatted(app, "en")).stream()
        .filter(url -> url.toString().contains(VENDOR_JAR))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no en.json of " + app + " in the webapp jar"));
  }

  private URL cityGerman(String app) throws IOException {
    return resources(LOCALES.formatted(app, "de")).stream()
        .filter(url -> !url.toString().contains(VENDOR_JAR))
        .findFirst()
        .orElseThrow(() -> new AssertionError("the city has no de.json for " + app));
  }

  private List<URL> resources(String name) throws IOException {
    return Collections.list(getClass().getClassLoader().getResources(name));
  }

  /** The texts of a locale file by their path ({@code labels.CLAIM_TASK}); arrays are skipped. */
  private static Map<String, String> texts(URL url) throws IOException {
    Map<String, String> texts = new TreeMap<>();
    collect("", read(url), texts);
    return texts;
  }

  private static void collect(String path, JsonNode node, Map<String, String> texts) {
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              field ->
                  collect(
                      path.isEmpty() ? field.getKey() : path + "." + field.getKey(),
                      field.getValue(),
                      texts));
    } else if (node.isValueNode()) {
      texts.put(path, node.asText());
    }
  }

  private static JsonNode read(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      byte[] bytes = in.readAllBytes();
      String text = new String(bytes, StandardCharsets.UTF_8);
      // the vendor's files start with a byte order mark
      return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }
  }

  private static Set<String> placeholders(String text) {
    Set<String> names = new HashSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }
}
