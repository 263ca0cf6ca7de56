package de.iserlohn.digital.ozg.application;

/** An idempotency key was used before with a different request: answered with 422. */
public class IdempotencyConflictException extends RuntimeException {

  public IdempotencyConflictException() {
    super(
        "Dieser Idempotency-Key wurde bereits für eine andere Anfrage verwendet."
            + " Bitte verwenden Sie für jeden neuen Antrag einen neuen Schlüssel.");
  }
}
