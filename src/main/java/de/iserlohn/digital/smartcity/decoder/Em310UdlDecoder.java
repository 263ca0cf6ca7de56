package de.iserlohn.digital.smartcity.decoder;

import java.util.ArrayList;
import java.util.List;

/**
 * Milesight EM310-UDL ultrasonic distance sensor: a sequence of channel, type, value records with
 * little-endian values. Known records: battery (0x01 0x75, uint8 %), distance (0x03 0x82, uint16
 * mm), position (0x04 0x00, 0 normal / 1 tilt). Unknown records make the payload undecodable,
 * because their length is not known.
 */
public final class Em310UdlDecoder implements PayloadDecoder {

  @Override
  public int fPort() {
    return 85;
  }

  @Override
  public DecodedUplink decode(byte[] payload) {
    if (payload == null || payload.length < 3) {
      throw new UndecodablePayloadException("payload shorter than one record");
    }
    List<Reading> readings = new ArrayList<>();
    int i = 0;
    while (i < payload.length) {
      if (i + 2 > payload.length) {
        throw new UndecodablePayloadException("truncated record header");
      }
      int channel = payload[i] & 0xff;
      int type = payload[i + 1] & 0xff;
      i += 2;
      if (channel == 0x01 && type == 0x75) {
        need(payload, i, 1);
        readings.add(new Reading(Quantity.BATTERY_LEVEL, payload[i] & 0xff));
        i += 1;
      } else if (channel == 0x03 && type == 0x82) {
        need(payload, i, 2);
        readings.add(
            new Reading(Quantity.DISTANCE, (payload[i] & 0xff) | ((payload[i + 1] & 0xff) << 8)));
        i += 2;
      } else if (channel == 0x04 && type == 0x00) {
        need(payload, i, 1);
        readings.add(new Reading(Quantity.TILT, payload[i] & 0xff));
        i += 1;
      } else {
        throw new UndecodablePayloadException(
            String.format("unknown record channel 0x%02x type 0x%02x", channel, type));
      }
    }
    return new DecodedUplink(null, readings);
  }

  private static void need(byte[] payload, int offset, int bytes) {
    if (offset + bytes > payload.length) {
      throw new UndecodablePayloadException("truncated record value");
    }
  }
}
