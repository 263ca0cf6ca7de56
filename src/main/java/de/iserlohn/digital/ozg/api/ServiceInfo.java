package de.iserlohn.digital.ozg.api;

import de.iserlohn.digital.ozg.catalogue.FormField;
import de.iserlohn.digital.ozg.catalogue.ServiceDefinition;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/** A service of the catalogue with the fields of its start form, as the API describes it. */
@Schema(description = "Onlinedienst mit den Feldern seines Antragsformulars")
record ServiceInfo(
    String id,
    String title,
    String description,
    List<String> keywords,
    String orgUnit,
    String feeNote,
    int processingDays,
    List<Field> fields) {

  static ServiceInfo of(ServiceDefinition s) {
    return new ServiceInfo(
        s.id(),
        s.title(),
        s.description(),
        s.keywords(),
        s.orgUnit(),
        s.feeNote(),
        s.processingDays(),
        s.fields().stream().map(Field::of).toList());
  }

  /** A field: its key in the JSON body (or the multipart part name for files) and its rules. */
  record Field(
      String key,
      String type,
      String label,
      String description,
      boolean required,
      Integer minLength,
      Integer maxLength,
      String pattern,
      BigDecimal min,
      BigDecimal max,
      Integer decimalDigits,
      List<FormField.Option> options,
      Upload upload) {

    static Field of(FormField f) {
      return new Field(
          f.key(),
          f.type(),
          f.label(),
          f.description(),
          f.required(),
          f.minLength(),
          f.maxLength(),
          f.pattern(),
          f.min(),
          f.max(),
          f.isNumber() ? f.decimalDigits() : null,
          f.options().isEmpty() ? null : f.options(),
          f.upload() == null
              ? null
              : new Upload(
                  f.upload().mediaTypes(), f.upload().maxFiles(), f.upload().maxMegabytes()));
    }
  }

  /** What a file field accepts: media types by content, number of files, size per file. */
  record Upload(List<String> mediaTypes, int maxFiles, long maxSizeMb) {}
}
