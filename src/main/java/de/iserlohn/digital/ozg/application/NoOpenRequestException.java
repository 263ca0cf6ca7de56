package de.iserlohn.digital.ozg.application;

/** A reply arrived for a case that does not wait for documents: answered with 409. */
public class NoOpenRequestException extends RuntimeException {

  public NoOpenRequestException() {
    super("Zu diesem Antrag sind derzeit keine Unterlagen angefordert.");
  }
}
