package de.iserlohn.digital.smartcity.decoder;

/** Decodes the application payload (FRMPayload) of one device type. */
public interface PayloadDecoder {

  /** The LoRaWAN port the device sends its measurements on. */
  int fPort();

  DecodedUplink decode(byte[] payload);
}
