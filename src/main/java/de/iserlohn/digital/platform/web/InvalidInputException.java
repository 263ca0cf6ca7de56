package de.iserlohn.digital.platform.web;

import java.util.List;

/** Input that breaks a rule; answered with 400 and one message per field. Nothing is persisted. */
public class InvalidInputException extends RuntimeException {

  private final transient List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super("Ungültige Eingabe: " + errors);
    this.errors = List.copyOf(errors);
  }

  public static InvalidInputException of(String field, String message) {
    return new InvalidInputException(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
