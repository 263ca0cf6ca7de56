package de.iserlohn.digital.smartcity.decoder;

import java.util.List;

/** Decentlab DL-MBX ultrasonic distance sensor: distance (mm), valid samples, battery. */
public final class DlMbxDecoder extends DecentlabDecoder {

  @Override
  List<SensorGroup> groups() {
    return List.of(
        group(
            2,
            (x, r) -> {
              r.add(new Reading(Quantity.DISTANCE, x[0]));
              r.add(new Reading(Quantity.VALID_SAMPLES, x[1]));
            }),
        battery());
  }
}
