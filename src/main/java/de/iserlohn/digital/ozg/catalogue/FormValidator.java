package de.iserlohn.digital.ozg.catalogue;

import de.iserlohn.digital.platform.casefile.ContentTypes;
import de.iserlohn.digital.platform.web.CityTime;
import de.iserlohn.digital.platform.web.FieldError;
import de.iserlohn.digital.platform.web.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a submission against the start form of its service: the same rules that the portal shows
 * and the API documents. Answers with typed values or with one German message per field; file types
 * are decided by content.
 */
public final class FormValidator {

  static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
  static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu");

  /**
   * The earliest and latest date any field takes: outside, a date is a typing error or an attack.
   */
  static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

  static final LocalDate LATEST_DATE = LocalDate.of(2199, 12, 31);

  /** Longest text of a field without its own limit (a single line; a text area). */
  static final int DEFAULT_MAX_LENGTH = 255;

  static final int DEFAULT_MAX_TEXTAREA_LENGTH = 4000;

  /** Largest number of a field without its own maximum. */
  static final BigDecimal DEFAULT_MAX_NUMBER = new BigDecimal("1000000000000");

  private FormValidator() {}

  /**
   * @param raw the field values as sent (JSON values or form parameters)
   * @param uploads the files as sent
   * @throws InvalidInputException with a message per field (nothing may be stored then)
   * @throws UploadTooLargeException when a file is larger than its field allows
   */
  public static Submission check(
      ServiceDefinition service, Map<String, ?> raw, List<Upload> uploads) {
    List<FieldError> errors = new ArrayList<>();
    Map<String, Object> values = new LinkedHashMap<>();
    for (String key : raw.keySet()) {
      if (service.field(key).filter(f -> !f.isFile()).isEmpty()) {
        errors.add(new FieldError(key, "Dieses Feld gibt es im Formular nicht."));
      }
    }
    for (FormField field : service.fields()) {
      if (!field.isFile()) {
        Object value = value(field, raw.get(field.key()), errors);
        if (value != null) {
          values.put(field.key(), value);
        }
      }
    }
    List<CheckedUpload> accepted = checkUploads(service, uploads, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new Submission(values, accepted);
  }

  /** Checks files sent later for a field (e.g. a reply to a Nachforderung). */
  public static List<CheckedUpload> checkFiles(FormField field, List<Upload> uploads) {
    List<FieldError> errors = new ArrayList<>();
    List<CheckedUpload> accepted = checkField(field, uploads, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return accepted;
  }

  private static Object value(FormField field, Object raw, List<FieldError> errors) {
    if (!typeFits(field, raw)) {
      errors.add(
          error(field, "„%s“ hat einen unzulässigen Wert (erwartet: " + expected(field) + ")."));
      return null;
    }
    String text = raw == null ? "" : raw.toString().strip();
    if (field.isCheckbox()) {
      boolean checked = "true".equalsIgnoreCase(text) || "on".equalsIgnoreCase(text);
      if (field.required() && !checked) {
        errors.add(error(field, "Bitte bestätigen Sie „%s“."));
      }
      return checked;
    }
    if (text.isEmpty()) {
      if (field.required()) {
        errors.add(error(field, "Bitte füllen Sie das Feld „%s“ aus."));
      }
      return null;
    }
    if (field.isNumber()) {
      return number(field, text, errors);
    }
    if (field.isDate()) {
      return date(field, text, errors);
    }
    if (field.hasOptions()) {
      if (field.options().stream().noneMatch(o -> o.value().equals(text))) {
        errors.add(error(field, "Bitte wählen Sie für „%s“ einen der angebotenen Werte."));
        return null;
      }
      return text;
    }
    return text(field, text, errors);
  }

  /**
   * Whether a JSON value has the type of its field (ADR 0014): text, dates and choices are strings,
   * numbers are numbers (or their text), checkboxes booleans (or their text); objects and lists fit
   * no field. Form parameters are always strings.
   */
  static boolean typeFits(FormField field, Object raw) {
    if (raw == null || raw instanceof String) {
      return true;
    }
    if (field.isCheckbox()) {
      return raw instanceof Boolean;
    }
    if (field.isNumber()) {
      return raw instanceof Number;
    }
    return false;
  }

  private static String expected(FormField field) {
    if (field.isCheckbox()) {
      return "ja oder nein";
    }
    if (field.isNumber()) {
      return "eine Zahl";
    }
    return field.isDate() ? "ein Datum als Text" : "ein Text";
  }

  private static String text(FormField field, String text, List<FieldError> errors) {
    int length = text.codePointCount(0, text.length());
    int maxLength =
        field.maxLength() != null
            ? field.maxLength()
            : field.isTextarea() ? DEFAULT_MAX_TEXTAREA_LENGTH : DEFAULT_MAX_LENGTH;
    if (field.minLength() != null && length < field.minLength()) {
      errors.add(error(field, "„%s“ muss mindestens " + field.minLength() + " Zeichen lang sein."));
    } else if (length > maxLength) {
      errors.add(error(field, "„%s“ darf höchstens " + maxLength + " Zeichen lang sein."));
    } else if (field.email() && !EMAIL.matcher(text).matches()) {
      errors.add(new FieldError(field.key(), "Bitte geben Sie eine gültige E-Mail-Adresse an."));
    } else if (field.pattern() != null
        && !Pattern.compile(field.pattern()).matcher(text).matches()) {
      errors.add(
          field.patternMessage() != null
              ? new FieldError(field.key(), field.patternMessage())
              : error(field, "„%s“ hat nicht das erwartete Format."));
    } else if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
      errors.add(error(field, "„%s“ enthält unzulässige Steuerzeichen."));
    } else {
      return text;
    }
    return null;
  }

  private static Object number(FormField field, String text, List<FieldError> errors) {
    BigDecimal number;
    try {
      number = new BigDecimal(text.replace(',', '.'));
    } catch (NumberFormatException | ArithmeticException e) {
      errors.add(error(field, "„%s“ muss eine Zahl sein."));
      return null;
    }
    if (number.stripTrailingZeros().scale() > field.decimalDigits()) {
      errors.add(
          error(
              field,
              field.decimalDigits() == 0
                  ? "„%s“ muss eine ganze Zahl sein."
                  : "„%s“ hat zu viele Nachkommastellen."));
      return null;
    }
    if (field.min() != null && number.compareTo(field.min()) < 0) {
      errors.add(error(field, "„%s“ muss mindestens " + plain(field.min()) + " sein."));
      return null;
    }
    BigDecimal max = field.max() != null ? field.max() : DEFAULT_MAX_NUMBER;
    if (number.compareTo(max) > 0) {
      errors.add(error(field, "„%s“ darf höchstens " + plain(max) + " sein."));
      return null;
    }
    if (field.min() == null && number.compareTo(DEFAULT_MAX_NUMBER.negate()) < 0) {
      errors.add(
          error(field, "„%s“ muss mindestens " + plain(DEFAULT_MAX_NUMBER.negate()) + " sein."));
      return null;
    }
    return field.decimalDigits() == 0 ? (Object) number.longValueExact() : number.doubleValue();
  }

  private static String date(FormField field, String text, List<FieldError> errors) {
    for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, GERMAN_DATE)) {
      try {
        LocalDate date = LocalDate.parse(text, format);
        if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
          errors.add(
              error(
                  field,
                  "„%s“ muss zwischen dem "
                      + EARLIEST_DATE.format(CityTime.DATE)
                      + " und dem "
                      + LATEST_DATE.format(CityTime.DATE)
                      + " liegen."));
          return null;
        }
        return date.toString();
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    errors.add(error(field, "„%s“ muss ein Datum sein (TT.MM.JJJJ)."));
    return null;
  }

  private static List<CheckedUpload> checkUploads(
      ServiceDefinition service, List<Upload> uploads, List<FieldError> errors) {
    List<CheckedUpload> accepted = new ArrayList<>();
    for (Upload upload : uploads) {
      if (service.field(upload.field()).filter(FormField::isFile).isEmpty()) {
        errors.add(
            new FieldError(upload.field(), "Für dieses Feld sind keine Dateien vorgesehen."));
      }
    }
    List<FieldError> tooLarge = new ArrayList<>();
    for (FormField field : service.fileFields()) {
      List<Upload> mine = uploads.stream().filter(u -> u.field().equals(field.key())).toList();
      for (Upload upload : mine) {
        if (upload.content().length > field.upload().maxBytes()) {
          tooLarge.add(
              new FieldError(
                  field.key(),
                  "Die Datei „%s“ ist größer als %d MB."
                      .formatted(upload.fileName(), field.upload().maxMegabytes())));
        }
      }
      if (tooLarge.isEmpty()) {
        accepted.addAll(checkField(field, mine, errors));
      }
    }
    if (!tooLarge.isEmpty()) {
      throw new UploadTooLargeException(tooLarge);
    }
    return accepted;
  }

  private static List<CheckedUpload> checkField(
      FormField field, List<Upload> files, List<FieldError> errors) {
    UploadRule rule = field.upload();
    if (files.isEmpty()) {
      if (field.required()) {
        errors.add(error(field, "Bitte laden Sie eine Datei für „%s“ hoch."));
      }
      return List.of();
    }
    if (files.size() > rule.maxFiles()) {
      errors.add(error(field, "Für „%s“ sind höchstens " + rule.maxFiles() + " Dateien erlaubt."));
      return List.of();
    }
    List<CheckedUpload> accepted = new ArrayList<>();
    for (Upload upload : files) {
      if (upload.content().length > rule.maxBytes()) {
        throw new UploadTooLargeException(
            List.of(
                new FieldError(
                    field.key(),
                    "Die Datei „%s“ ist größer als %d MB."
                        .formatted(upload.fileName(), rule.maxMegabytes()))));
      }
      String type = ContentTypes.detect(upload.content());
      if (!rule.mediaTypes().contains(type)) {
        errors.add(
            new FieldError(
                field.key(),
                "Die Datei „%s“ hat keinen erlaubten Dateityp (erlaubt: %s)."
                    .formatted(upload.fileName(), rule.typeNames())));
      } else {
        accepted.add(new CheckedUpload(upload, type));
      }
    }
    return accepted;
  }

  private static FieldError error(FormField field, String template) {
    return new FieldError(field.key(), template.formatted(field.label()));
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString().replace('.', ',');
  }
}
