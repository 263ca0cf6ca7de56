package de.iserlohn.digital.smartcity;

import de.iserlohn.digital.smartcity.RejectedUplink.Reason;
import de.iserlohn.digital.smartcity.decoder.DecodedUplink;
import de.iserlohn.digital.smartcity.decoder.FillLevel;
import de.iserlohn.digital.smartcity.decoder.Quantity;
import de.iserlohn.digital.smartcity.decoder.Reading;
import de.iserlohn.digital.smartcity.decoder.UndecodablePayloadException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks, decodes and stores one uplink: known device, its port, a decodable payload, values in
 * their physical range, not seen before. Rejections are counted ({@code
 * smartcity.uplinks.rejected}, tag {@code reason}) and logged; they never start anything.
 */
@Component
class UplinkIngestion {

  private static final Logger LOG = LoggerFactory.getLogger(UplinkIngestion.class);

  enum Result {
    STORED,
    DUPLICATE
  }

  private final Registry registry;
  private final Measurements measurements;
  private final TransactionTemplate tx;
  private final MeterRegistry meters;
  private final Thresholds thresholds;

  UplinkIngestion(
      Registry registry,
      Measurements measurements,
      TransactionTemplate tx,
      MeterRegistry meters,
      Thresholds thresholds) {
    this.registry = registry;
    this.measurements = measurements;
    this.tx = tx;
    this.meters = meters;
    this.thresholds = thresholds;
  }

  Result ingest(Uplink uplink) {
    Registry.Device device =
        registry
            .device(uplink.devEui())
            .orElseThrow(() -> reject(Reason.UNKNOWN_DEVICE, "unknown DevEUI " + uplink.devEui()));
    if (uplink.fPort() != device.type().decoder().fPort()) {
      throw reject(
          Reason.WRONG_PORT,
          "f_port " + uplink.fPort() + " for " + device.type().code() + " from " + uplink.devEui());
    }
    DecodedUplink decoded;
    try {
      decoded = device.type().decoder().decode(uplink.payload());
    } catch (UndecodablePayloadException e) {
      throw reject(Reason.UNDECODABLE, uplink.devEui() + ": " + e.getMessage());
    }
    for (Reading r : decoded.readings()) {
      if (!r.quantity().inRange(r.value())) {
        throw reject(
            Reason.OUT_OF_RANGE,
            uplink.devEui() + ": " + r.quantity() + " " + r.value() + " out of range");
      }
    }
    Registry.Asset asset = registry.asset(device.assetId()).orElseThrow();
    List<Measurements.Row> rows = rows(uplink, device, asset, decoded);
    Result result =
        tx.execute(
            status -> {
              if (!measurements.claim(
                  uplink.key(), uplink.devEui(), uplink.source(), uplink.time())) {
                status.setRollbackOnly();
                return Result.DUPLICATE;
              }
              measurements.insert(rows);
              thresholds.apply(asset, uplink, rows);
              registry.seen(
                  uplink.devEui(),
                  uplink.time(),
                  decoded
                      .value(Quantity.BATTERY_VOLTAGE)
                      .or(() -> decoded.value(Quantity.BATTERY_LEVEL))
                      .orElse(null),
                  decoded.value(Quantity.BATTERY_VOLTAGE).isPresent()
                      ? "V"
                      : decoded.value(Quantity.BATTERY_LEVEL).isPresent() ? "%" : null);
              return Result.STORED;
            });
    if (result == Result.DUPLICATE) {
      counter("replay").increment();
      LOG.info("Replayed uplink {} ignored", uplink.key());
    } else {
      meters.counter("smartcity.uplinks.stored", "source", uplink.source()).increment();
    }
    return result;
  }

  private static List<Measurements.Row> rows(
      Uplink uplink, Registry.Device device, Registry.Asset asset, DecodedUplink decoded) {
    List<Measurements.Row> rows = new ArrayList<>();
    for (Reading r : decoded.readings()) {
      rows.add(row(uplink, asset, r.quantity(), r.value()));
    }
    if (asset.type() == AssetType.WASTE_BIN && asset.binDepthMm() != null) {
      decoded
          .value(Quantity.DISTANCE)
          .ifPresent(
              d ->
                  rows.add(
                      row(
                          uplink,
                          asset,
                          Quantity.FILL_LEVEL,
                          FillLevel.percent(d, asset.binDepthMm()))));
    }
    return rows;
  }

  private static Measurements.Row row(
      Uplink uplink, Registry.Asset asset, Quantity quantity, double value) {
    return new Measurements.Row(
        uplink.time(),
        uplink.devEui(),
        asset.id(),
        quantity.name(),
        value,
        quantity.unit(),
        uplink.key());
  }

  /** Counts and logs a rejection; returns the exception to throw. */
  RejectedUplink reject(Reason reason, String message) {
    return rejected(new RejectedUplink(reason, message));
  }

  RejectedUplink rejected(RejectedUplink e) {
    counter(e.reason.tag()).increment();
    LOG.warn("Uplink rejected ({}): {}", e.reason.tag(), e.getMessage());
    return e;
  }

  private Counter counter(String reason) {
    return meters.counter("smartcity.uplinks.rejected", "reason", reason);
  }
}
