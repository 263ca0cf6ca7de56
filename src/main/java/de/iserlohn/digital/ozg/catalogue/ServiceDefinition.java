package de.iserlohn.digital.ozg.catalogue;

import de.iserlohn.digital.platform.casefile.RetentionClass;
import java.util.List;
import java.util.Optional;

/**
 * An online service of the catalogue: its entry ({@code ozg/services/<id>.json}) with the fields of
 * its start form ({@code forms/ozg/<id>.form}).
 *
 * @param id the service id; also the key of its BPMN process and of its start form
 * @param title the German title
 * @param description the German description shown in the catalogue
 * @param keywords German search words
 * @param orgUnit the org unit responsible for the service's Vorgänge
 * @param retentionClass how long the Vorgang is kept
 * @param feeDecision the key of the DMN table that computes the fee, or {@code null} (free)
 * @param feeNote a German note on the fee for the catalogue (e.g. "30 EUR pro Jahr")
 * @param processingDays the days the unit has for its decision (task due date, escalation)
 * @param fields the start form's input fields in form order
 * @param processVariables the keys of the input fields that the service's process gets as variables
 *     (what its models, decisions and task forms read); all submitted values stay in the
 *     application data and the application document
 */
public record ServiceDefinition(
    String id,
    String title,
    String description,
    List<String> keywords,
    String orgUnit,
    RetentionClass retentionClass,
    String feeDecision,
    String feeNote,
    int processingDays,
    List<FormField> fields,
    List<String> processVariables) {

  public ServiceDefinition {
    keywords = List.copyOf(keywords);
    fields = List.copyOf(fields);
    processVariables = List.copyOf(processVariables);
  }

  public Optional<FormField> field(String key) {
    return fields.stream().filter(f -> f.key().equals(key)).findFirst();
  }

  public List<FormField> fileFields() {
    return fields.stream().filter(FormField::isFile).toList();
  }

  /** Whether the search text matches title, description or a keyword (case-insensitive). */
  public boolean matches(String query) {
    if (query == null || query.isBlank()) {
      return true;
    }
    String q = query.strip().toLowerCase(java.util.Locale.GERMAN);
    return title.toLowerCase(java.util.Locale.GERMAN).contains(q)
        || description.toLowerCase(java.util.Locale.GERMAN).contains(q)
        || keywords.stream().anyMatch(k -> k.toLowerCase(java.util.Locale.GERMAN).contains(q));
  }
}
