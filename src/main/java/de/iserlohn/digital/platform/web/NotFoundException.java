package de.iserlohn.digital.platform.web;

/**
 * An object does not exist, or exists but the caller may not see it. Both answer 404 with the same
 * message, so that a response never tells whether somebody else's object exists.
 */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }

  public static NotFoundException of(String what, Object id) {
    return new NotFoundException(what + " " + id + " nicht gefunden");
  }
}
