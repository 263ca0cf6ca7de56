package de.iserlohn.digital.smartcity.decoder;

import java.util.List;

/**
 * Decentlab DL-WRM road weather sensor: air temperature and humidity (SHT3x conversion), surface
 * and head temperature, battery. Adds the dew point computed from air temperature and humidity.
 */
public final class DlWrmDecoder extends DecentlabDecoder {

  @Override
  List<SensorGroup> groups() {
    return List.of(
        group(
            2,
            (x, r) -> {
              double air = round(175.0 * x[0] / 65535.0 - 45.0, 2);
              double humidity = round(100.0 * x[1] / 65535.0, 2);
              r.add(new Reading(Quantity.AIR_TEMPERATURE, air));
              r.add(new Reading(Quantity.HUMIDITY, humidity));
              if (humidity > 0) {
                r.add(new Reading(Quantity.DEW_POINT, round(DewPoint.magnus(air, humidity), 2)));
              }
            }),
        group(
            2,
            (x, r) -> {
              r.add(new Reading(Quantity.SURFACE_TEMPERATURE, (x[0] - 1000) / 10.0));
              r.add(new Reading(Quantity.HEAD_TEMPERATURE, (x[1] - 1000) / 10.0));
            }),
        battery());
  }
}
