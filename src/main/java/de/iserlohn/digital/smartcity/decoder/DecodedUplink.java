package de.iserlohn.digital.smartcity.decoder;

import java.util.List;
import java.util.Optional;

/**
 * The values decoded from one payload.
 *
 * @param sensorId the device id the sensor reports in its payload (Decentlab), or null
 * @param readings the values in the order of the payload
 */
public record DecodedUplink(Integer sensorId, List<Reading> readings) {

  public DecodedUplink {
    readings = List.copyOf(readings);
  }

  public Optional<Double> value(Quantity quantity) {
    return readings.stream().filter(r -> r.quantity() == quantity).map(Reading::value).findFirst();
  }
}
