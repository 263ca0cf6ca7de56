package de.iserlohn.digital.smartcity.ingestion;

import org.springframework.http.HttpStatus;

/** An uplink that is not stored, with the reason (metric tag) and the HTTP status it answers. */
class RejectedUplink extends RuntimeException {

  enum Reason {
    MALFORMED_JSON(HttpStatus.BAD_REQUEST),
    MISSING_FIELD(HttpStatus.BAD_REQUEST),
    UNKNOWN_DEVICE(HttpStatus.NOT_FOUND),
    WRONG_PORT(HttpStatus.UNPROCESSABLE_ENTITY),
    UNDECODABLE(HttpStatus.UNPROCESSABLE_ENTITY),
    OUT_OF_RANGE(HttpStatus.UNPROCESSABLE_ENTITY);

    final HttpStatus status;

    Reason(HttpStatus status) {
      this.status = status;
    }

    String tag() {
      return name().toLowerCase();
    }
  }

  final Reason reason;

  RejectedUplink(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }
}
