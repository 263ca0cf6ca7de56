package de.iserlohn.digital.platform.web;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.mapping.PropertyReferenceException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Turns domain exceptions into RFC 9457 problem details: 404 for missing (or invisible) objects,
 * 400 with a message per field for invalid input, 413 for oversized uploads.
 */
@RestControllerAdvice
class ApiExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Nicht gefunden", e.getMessage());
  }

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalid(InvalidInputException e) {
    return invalid(e.errors());
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ProblemDetail invalid(MethodArgumentNotValidException e) {
    return invalid(
        e.getBindingResult().getFieldErrors().stream()
            .map(f -> new FieldError(f.getField(), f.getDefaultMessage()))
            .toList());
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ProblemDetail invalid(ConstraintViolationException e) {
    return invalid(
        e.getConstraintViolations().stream()
            .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
            .toList());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail invalid(MethodArgumentTypeMismatchException e) {
    return invalid(List.of(new FieldError(e.getName(), "Ungültiger Wert")));
  }

  /** An unknown sort property ({@code ?sort=password}): the field is named, nothing is sorted. */
  @ExceptionHandler(PropertyReferenceException.class)
  ProblemDetail invalid(PropertyReferenceException e) {
    return invalid(
        List.of(
            new FieldError(
                "sort", "Nach „" + e.getPropertyName() + "“ kann nicht sortiert werden.")));
  }

  @ExceptionHandler(InvalidDataAccessApiUsageException.class)
  ProblemDetail invalid(InvalidDataAccessApiUsageException e) {
    if (e.getCause() instanceof PropertyReferenceException property) {
      return invalid(property);
    }
    throw e;
  }

  /** A multipart body that cannot be read (no boundary, cut off); too large is 413 below. */
  @ExceptionHandler(MultipartException.class)
  ProblemDetail invalid(MultipartException e) {
    if (e instanceof MaxUploadSizeExceededException tooLarge) {
      return tooLarge(tooLarge);
    }
    LOG.info("Unreadable multipart request: {}", e.getMessage());
    return invalid(List.of(new FieldError("body", "Die mehrteilige Anfrage ist nicht lesbar.")));
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
    LOG.info("Upload rejected: {}", e.getMessage());
    return problem(
        HttpStatus.PAYLOAD_TOO_LARGE, "Datei zu groß", "Die Datei überschreitet die Höchstgröße.");
  }

  private static ProblemDetail invalid(List<FieldError> errors) {
    ProblemDetail problem =
        problem(
            HttpStatus.BAD_REQUEST, "Ungültige Eingabe", "Bitte prüfen Sie die markierten Felder.");
    problem.setProperty("errors", errors);
    return problem;
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }

  private static String lastNode(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }
}
