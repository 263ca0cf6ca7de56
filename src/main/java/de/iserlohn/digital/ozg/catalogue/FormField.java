package de.iserlohn.digital.ozg.catalogue;

import java.math.BigDecimal;
import java.util.List;

/**
 * One input field of a start form, read from the Camunda Forms component: the single definition
 * used to render the portal form, to validate a submission and to describe the field in the API.
 *
 * @param key the field key (process variable name, JSON key, form parameter)
 * @param type the form-js component type ({@code textfield}, {@code textarea}, {@code number},
 *     {@code select}, {@code radio}, {@code checkbox}, {@code datetime}, {@code filepicker})
 * @param label the German label
 * @param description the German help text, or {@code null}
 * @param required whether a value is required
 * @param minLength minimum length of a text, or {@code null}
 * @param maxLength maximum length of a text, or {@code null}
 * @param pattern a regular expression a text must match completely, or {@code null}
 * @param patternMessage the German message shown when the pattern does not match
 * @param min the smallest number, or {@code null}
 * @param max the largest number, or {@code null}
 * @param decimalDigits digits allowed after the decimal point of a number (0: whole numbers)
 * @param email whether a text must be an e-mail address
 * @param options the allowed values of a select or radio field
 * @param upload the allowed uploads of a file field, or {@code null}
 */
public record FormField(
    String key,
    String type,
    String label,
    String description,
    boolean required,
    Integer minLength,
    Integer maxLength,
    String pattern,
    String patternMessage,
    BigDecimal min,
    BigDecimal max,
    int decimalDigits,
    boolean email,
    List<Option> options,
    UploadRule upload) {

  public FormField {
    options = options == null ? List.of() : List.copyOf(options);
  }

  /** A value a select or radio field allows, with its German label. */
  public record Option(String value, String label) {}

  public boolean isFile() {
    return "filepicker".equals(type);
  }

  public boolean isDate() {
    return "datetime".equals(type);
  }

  public boolean isNumber() {
    return "number".equals(type);
  }

  public boolean isCheckbox() {
    return "checkbox".equals(type);
  }

  public boolean hasOptions() {
    return "select".equals(type) || "radio".equals(type);
  }

  public boolean isTextarea() {
    return "textarea".equals(type);
  }

  /** The label of a stored value (the option's label for a select or radio field). */
  public String display(Object value) {
    if (value == null) {
      return "–";
    }
    if (isCheckbox()) {
      return Boolean.TRUE.equals(value) ? "ja" : "nein";
    }
    String text = value.toString();
    return options.stream()
        .filter(o -> o.value().equals(text))
        .map(Option::label)
        .findFirst()
        .orElse(text);
  }
}
