package de.iserlohn.digital.smartcity.decoder;

import java.util.ArrayList;
import java.util.List;

/**
 * The generic Decentlab payload format (protocol version 2): version byte, device id (uint16),
 * sensor flags (uint16), then for every flag that is set the sensor group's values as big-endian
 * uint16 words. The sensor groups and their conversions are device specific.
 */
abstract class DecentlabDecoder implements PayloadDecoder {

  private static final int PROTOCOL_VERSION = 2;

  /** One sensor group: how many words it has and how they convert into readings. */
  interface SensorGroup {
    int words();

    void convert(int[] words, List<Reading> readings);
  }

  abstract List<SensorGroup> groups();

  @Override
  public int fPort() {
    return 1;
  }

  @Override
  public DecodedUplink decode(byte[] payload) {
    if (payload == null || payload.length < 5) {
      throw new UndecodablePayloadException("payload shorter than the 5-byte Decentlab header");
    }
    if ((payload[0] & 0xff) != PROTOCOL_VERSION) {
      throw new UndecodablePayloadException("unsupported Decentlab protocol version " + payload[0]);
    }
    int deviceId = uint16(payload, 1);
    int flags = uint16(payload, 3);
    int offset = 5;
    List<Reading> readings = new ArrayList<>();
    List<SensorGroup> groups = groups();
    for (int i = 0; i < groups.size(); i++) {
      if ((flags & (1 << i)) == 0) {
        continue;
      }
      SensorGroup group = groups.get(i);
      int[] words = new int[group.words()];
      for (int w = 0; w < words.length; w++) {
        if (offset + 2 > payload.length) {
          throw new UndecodablePayloadException("payload too short for the flagged sensors");
        }
        words[w] = uint16(payload, offset);
        offset += 2;
      }
      group.convert(words, readings);
    }
    if (offset != payload.length) {
      throw new UndecodablePayloadException("payload longer than the flagged sensors");
    }
    return new DecodedUplink(deviceId, readings);
  }

  static SensorGroup group(int words, java.util.function.BiConsumer<int[], List<Reading>> c) {
    return new SensorGroup() {
      @Override
      public int words() {
        return words;
      }

      @Override
      public void convert(int[] values, List<Reading> readings) {
        c.accept(values, readings);
      }
    };
  }

  static SensorGroup battery() {
    return group(1, (x, r) -> r.add(new Reading(Quantity.BATTERY_VOLTAGE, x[0] / 1000.0)));
  }

  static int uint16(byte[] b, int offset) {
    return ((b[offset] & 0xff) << 8) | (b[offset + 1] & 0xff);
  }

  static double round(double value, int decimals) {
    return java.math.BigDecimal.valueOf(value)
        .setScale(decimals, java.math.RoundingMode.HALF_UP)
        .doubleValue();
  }
}
