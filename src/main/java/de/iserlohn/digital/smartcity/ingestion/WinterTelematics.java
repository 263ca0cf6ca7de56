package de.iserlohn.digital.smartcity.ingestion;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.iserlohn.digital.platform.web.FieldError;
import de.iserlohn.digital.platform.web.InvalidInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The one ingestion path of vehicle telematics, for the HTTP endpoint and the MQTT topic alike:
 * parse, check every field (German messages), append to the vehicle's hash chain of the day. A
 * record already in the chain (same vehicle and time: a retry or an MQTT redelivery) is not
 * appended again.
 */
@Component
class WinterTelematics {

  record Telematics(
      String vehicleId,
      Instant time,
      Double lat,
      Double lon,
      Boolean ploughDown,
      Boolean spreaderOn) {}

  private static final Pattern VEHICLE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

  private final WinterLog log;
  private final ObjectMapper json;
  private final java.time.Clock clock;

  WinterTelematics(WinterLog log, ObjectMapper json, java.time.Clock clock) {
    this.log = log;
    this.json = json;
    this.clock = clock;
  }

  /** Checks and appends one record; {@link InvalidInputException} names every bad field. */
  WinterLogChain.Entry record(String body) {
    Telematics t;
    try {
      t = json.readValue(body == null ? "" : body, Telematics.class);
    } catch (Exception e) {
      throw InvalidInputException.of("body", "Kein gültiges JSON.");
    }
    List<FieldError> errors = new ArrayList<>();
    if (t.vehicleId() == null || !VEHICLE.matcher(t.vehicleId()).matches()) {
      errors.add(new FieldError("vehicleId", "Fahrzeugkennung fehlt oder ist ungültig."));
    }
    if (t.time() == null) {
      errors.add(new FieldError("time", "Zeitpunkt fehlt."));
    } else if (!UplinkFormats.plausible(t.time(), clock.instant())) {
      errors.add(new FieldError("time", "Zeitpunkt liegt vor dem Jahr 2000 oder in der Zukunft."));
    }
    if (t.lat() == null || t.lat() < -90 || t.lat() > 90) {
      errors.add(new FieldError("lat", "Breitengrad fehlt oder ist ungültig."));
    }
    if (t.lon() == null || t.lon() < -180 || t.lon() > 180) {
      errors.add(new FieldError("lon", "Längengrad fehlt oder ist ungültig."));
    }
    if (t.ploughDown() == null) {
      errors.add(new FieldError("ploughDown", "Angabe fehlt."));
    }
    if (t.spreaderOn() == null) {
      errors.add(new FieldError("spreaderOn", "Angabe fehlt."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return log.append(t.vehicleId(), t.time(), t.lat(), t.lon(), t.ploughDown(), t.spreaderOn());
  }
}
