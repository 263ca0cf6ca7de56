package de.iserlohn.digital.smartcity.decoder;

/** A payload that does not follow the device's published format (too short, unknown version). */
public class UndecodablePayloadException extends RuntimeException {

  public UndecodablePayloadException(String message) {
    super(message);
  }
}
