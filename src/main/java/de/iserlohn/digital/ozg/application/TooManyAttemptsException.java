package de.iserlohn.digital.ozg.application;

/** A client is refused for a while after too many wrong access codes: answered with 429. */
public class TooManyAttemptsException extends RuntimeException {

  public TooManyAttemptsException(int minutes) {
    super("Zu viele Fehlversuche. Bitte versuchen Sie es in " + minutes + " Minuten erneut.");
  }
}
