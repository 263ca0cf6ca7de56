package de.iserlohn.digital.ozg.api;

import de.iserlohn.digital.ozg.application.ApplicationNotFoundException;
import de.iserlohn.digital.ozg.application.IdempotencyConflictException;
import de.iserlohn.digital.ozg.application.NoOpenRequestException;
import de.iserlohn.digital.ozg.application.TooManyAttemptsException;
import de.iserlohn.digital.ozg.catalogue.UploadTooLargeException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problem details (RFC 9457, German) for the OZG API's own outcomes; field errors and 404 come from
 * the platform's handler.
 */
@RestControllerAdvice(assignableTypes = OzgApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OzgExceptionHandler {

  @ExceptionHandler(ApplicationNotFoundException.class)
  ProblemDetail notFound(ApplicationNotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Nicht gefunden", e.getMessage());
  }

  @ExceptionHandler(UploadTooLargeException.class)
  ProblemDetail tooLarge(UploadTooLargeException e) {
    ProblemDetail problem =
        problem(HttpStatus.PAYLOAD_TOO_LARGE, "Datei zu groß", "Bitte prüfen Sie die Dateien.");
    problem.setProperty("errors", e.errors());
    return problem;
  }

  @ExceptionHandler(IdempotencyConflictException.class)
  ProblemDetail conflict(IdempotencyConflictException e) {
    return problem(
        HttpStatus.UNPROCESSABLE_ENTITY, "Idempotency-Key bereits verwendet", e.getMessage());
  }

  @ExceptionHandler(TooManyAttemptsException.class)
  ProblemDetail locked(TooManyAttemptsException e) {
    return problem(HttpStatus.TOO_MANY_REQUESTS, "Zu viele Fehlversuche", e.getMessage());
  }

  @ExceptionHandler(NoOpenRequestException.class)
  ProblemDetail noRequest(NoOpenRequestException e) {
    return problem(HttpStatus.CONFLICT, "Keine Nachforderung offen", e.getMessage());
  }

  static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }
}
