package de.iserlohn.digital.smartcity.maintenance;

import de.iserlohn.digital.smartcity.ingestion.Registry;
import de.iserlohn.digital.smartcity.ingestion.SmartcityProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a device needs maintenance: silent for longer than its reporting interval times the
 * configured factor, or a battery at or below the configured level. Devices never seen are not
 * judged (no baseline yet).
 */
final class DeviceHealth {

  private final int silentIntervals;
  private final double lowVolts;
  private final double lowPercent;

  DeviceHealth(SmartcityProperties.Maintenance settings) {
    this.silentIntervals = settings.silentIntervals();
    this.lowVolts = settings.lowBatteryVolts();
    this.lowPercent = settings.lowBatteryPercent();
  }

  /** The reason the device needs maintenance (German, for the task), or empty when healthy. */
  Optional<String> problem(Registry.Device device, Instant now) {
    if (device.lastSeen() == null) {
      return Optional.empty();
    }
    Duration allowed = device.type().interval().multipliedBy(silentIntervals);
    Duration silent = Duration.between(device.lastSeen(), now);
    if (silent.compareTo(allowed) > 0) {
      return Optional.of(
          "meldet sich seit "
              + silent.toMinutes()
              + " Minuten nicht (erlaubt: "
              + allowed.toMinutes()
              + ")");
    }
    if (device.battery() != null
        && ("V".equals(device.batteryUnit()) && device.battery() <= lowVolts
            || "%".equals(device.batteryUnit()) && device.battery() <= lowPercent)) {
      return Optional.of(
          "Batterie schwach (" + device.battery() + " " + device.batteryUnit() + ")");
    }
    return Optional.empty();
  }
}
