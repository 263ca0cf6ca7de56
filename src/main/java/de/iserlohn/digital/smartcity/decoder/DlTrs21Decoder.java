package de.iserlohn.digital.smartcity.decoder;

import java.util.List;

/**
 * Decentlab DL-TRS21 soil water potential sensor. The payload carries the water potential (kPa,
 * negative); stored is the water tension, its absolute value, because the thresholds are written as
 * tensions ("dry above 33 kPa").
 */
public final class DlTrs21Decoder extends DecentlabDecoder {

  @Override
  List<SensorGroup> groups() {
    return List.of(
        group(
            2,
            (x, r) -> {
              r.add(new Reading(Quantity.WATER_TENSION, x[0] / 10.0));
              r.add(new Reading(Quantity.SOIL_TEMPERATURE, round((x[1] - 32768) / 10.0, 1)));
            }),
        battery());
  }

  /** The water potential as the device reports it: the negative of the tension. */
  public static double waterPotential(DecodedUplink uplink) {
    return -uplink.value(Quantity.WATER_TENSION).orElseThrow();
  }
}
