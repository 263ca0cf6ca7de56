package de.iserlohn.digital.ozg.catalogue;

import de.iserlohn.digital.platform.web.FieldError;
import java.util.List;

/** A file is larger than its field allows: answered with 413 and a message per field. */
public class UploadTooLargeException extends RuntimeException {

  private final transient List<FieldError> errors;

  public UploadTooLargeException(List<FieldError> errors) {
    super("Upload too large: " + errors);
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
