package de.iserlohn.digital.records.xdomea;

/** A message that is not well-formed, not valid xdomea 3.0.0, or not one the platform expects. */
public class XdomeaException extends RuntimeException {

  public XdomeaException(String message) {
    super(message);
  }

  public XdomeaException(String message, Throwable cause) {
    super(message, cause);
  }
}
