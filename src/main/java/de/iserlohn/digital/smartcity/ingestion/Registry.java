package de.iserlohn.digital.smartcity.ingestion;

import de.iserlohn.digital.platform.web.FieldError;
import de.iserlohn.digital.platform.web.InvalidInputException;
import de.iserlohn.digital.smartcity.AssetType;
import de.iserlohn.digital.smartcity.decoder.DeviceType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Devices and the assets they are mounted on (tables {@code sc_device}, {@code sc_asset}). */
@Component
public class Registry {

  public record Asset(
      String id,
      AssetType type,
      String name,
      double lat,
      double lon,
      String district,
      Integer binDepthMm,
      Integer priorityClass,
      Integer plantingYear) {}

  public record Device(
      String devEui,
      DeviceType type,
      String assetId,
      Double battery,
      String batteryUnit,
      Instant lastSeen) {}

  private final JdbcTemplate jdbc;
  private final Clock clock;

  Registry(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Creates or updates all rows in one transaction. An asset id that already exists with another
   * type, or a device that already exists on another asset type, rejects the whole import.
   */
  @Transactional
  int importRows(List<ImportRow> rows) {
    List<FieldError> errors = new ArrayList<>();
    Timestamp now = Timestamp.from(clock.instant());
    for (ImportRow row : rows) {
      Optional<Asset> existing = asset(row.assetId());
      if (existing.isPresent() && existing.get().type() != row.assetType()) {
        errors.add(
            new FieldError(
                "assetId " + row.assetId(),
                "Anlage existiert bereits als " + existing.get().type() + "."));
        continue;
      }
      if (existing.isEmpty()) {
        jdbc.update(
            "insert into sc_asset (id, asset_type, name, lat, lon, district, bin_depth_mm,"
                + " priority_class, planting_year, created_at) values (?,?,?,?,?,?,?,?,?,?)",
            row.assetId(),
            row.assetType().name(),
            row.name(),
            row.lat(),
            row.lon(),
            row.district(),
            row.binDepthMm(),
            row.priorityClass(),
            row.plantingYear(),
            now);
      } else {
        jdbc.update(
            "update sc_asset set name = ?, lat = ?, lon = ?, district = ?, bin_depth_mm = ?,"
                + " priority_class = ?, planting_year = ? where id = ?",
            row.name(),
            row.lat(),
            row.lon(),
            row.district(),
            row.binDepthMm(),
            row.priorityClass(),
            row.plantingYear(),
            row.assetId());
      }
      int updated =
          jdbc.update(
              "update sc_device set device_type = ?, asset_id = ? where dev_eui = ?",
              row.deviceType().code(),
              row.assetId(),
              row.devEui());
      if (updated == 0) {
        jdbc.update(
            "insert into sc_device (dev_eui, device_type, asset_id, created_at) values (?,?,?,?)",
            row.devEui(),
            row.deviceType().code(),
            row.assetId(),
            now);
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return rows.size();
  }

  public Optional<Asset> asset(String id) {
    return jdbc.query("select * from sc_asset where id = ?", Registry::asset, id).stream()
        .findFirst();
  }

  List<Asset> assets(AssetType type) {
    return type == null
        ? jdbc.query("select * from sc_asset order by id", Registry::asset)
        : jdbc.query(
            "select * from sc_asset where asset_type = ? order by id",
            Registry::asset,
            type.name());
  }

  Optional<Device> device(String devEui) {
    return jdbc
        .query("select * from sc_device where dev_eui = ?", Registry::device, devEui)
        .stream()
        .findFirst();
  }

  public List<Device> devices() {
    return jdbc.query("select * from sc_device order by dev_eui", Registry::device);
  }

  List<Device> devicesOn(String assetId) {
    return jdbc.query(
        "select * from sc_device where asset_id = ? order by dev_eui", Registry::device, assetId);
  }

  @Transactional
  boolean deleteDevice(String devEui) {
    return jdbc.update("delete from sc_device where dev_eui = ?", devEui) > 0;
  }

  /** The devices with these DevEUIs (unknown ones are missing), by DevEUI, in one query. */
  Map<String, Device> devices(Collection<String> devEuis) {
    return byKey(
        "select * from sc_device where dev_eui in", devEuis, Registry::device, Device::devEui);
  }

  /** The assets with these ids, by id, in one query. */
  Map<String, Asset> assets(Collection<String> ids) {
    return byKey("select * from sc_asset where id in", ids, Registry::asset, Asset::id);
  }

  /**
   * The rows whose key is one of the keys, by key, in one query ({@code select ... in (?, ...)}).
   */
  private <T> Map<String, T> byKey(
      String selectWhereIn, Collection<String> keys, RowMapper<T> rows, Function<T, String> keyOf) {
    Map<String, T> found = new HashMap<>();
    if (!keys.isEmpty()) {
      jdbc.query(selectWhereIn + " (" + marks(keys.size()) + ")", rows, keys.toArray())
          .forEach(row -> found.put(keyOf.apply(row), row));
    }
    return found;
  }

  private static String marks(int n) {
    return String.join(",", Collections.nCopies(n, "?"));
  }

  /** A sign of life of a device at a time, with the battery value the uplink carried (or null). */
  record Seen(String devEui, Instant at, Double battery, String batteryUnit) {}

  /** Records a sign of life; an older uplink arriving late does not move last seen backwards. */
  public void seen(String devEui, Instant at, Double battery, String batteryUnit) {
    seen(List.of(new Seen(devEui, at, battery, batteryUnit)));
  }

  /**
   * Records signs of life: the signs of one device are folded in their order by the rule for one (a
   * later battery value replaces an earlier one, a missing one keeps it), then written as one
   * {@code MERGE} per 100 devices.
   */
  void seen(List<Seen> signs) {
    Map<String, Seen> latest = new LinkedHashMap<>();
    for (Seen s : signs) {
      latest.merge(
          s.devEui(),
          s,
          (before, now) ->
              now.at().isAfter(before.at())
                  ? new Seen(
                      now.devEui(),
                      now.at(),
                      now.battery() != null ? now.battery() : before.battery(),
                      now.batteryUnit() != null ? now.batteryUnit() : before.batteryUnit())
                  : before);
    }
    SEEN.execute(jdbc, List.copyOf(latest.values()));
  }

  private static final MultiRowStatement<Seen> SEEN =
      new MultiRowStatement<>(
          "merge into sc_device d using (values ",
          "(cast(? as varchar(16)), cast(? as timestamp), cast(? as double precision),"
              + " cast(? as varchar(4)))",
          ") as v (dev_eui, seen_at, battery, battery_unit) on d.dev_eui = v.dev_eui"
              + " when matched and (d.last_seen is null or d.last_seen < v.seen_at) then update"
              + " set last_seen = v.seen_at, battery = coalesce(v.battery, d.battery),"
              + " battery_unit = coalesce(v.battery_unit, d.battery_unit)",
          4,
          (ps, i, s) -> {
            ps.setString(i, s.devEui());
            ps.setTimestamp(i + 1, Timestamp.from(s.at()));
            ps.setObject(i + 2, s.battery(), java.sql.Types.DOUBLE);
            ps.setString(i + 3, s.batteryUnit());
          });

  private static Asset asset(ResultSet rs, int i) throws SQLException {
    return new Asset(
        rs.getString("id"),
        AssetType.valueOf(rs.getString("asset_type")),
        rs.getString("name"),
        rs.getDouble("lat"),
        rs.getDouble("lon"),
        rs.getString("district"),
        (Integer) rs.getObject("bin_depth_mm", Integer.class),
        (Integer) rs.getObject("priority_class", Integer.class),
        (Integer) rs.getObject("planting_year", Integer.class));
  }

  private static Device device(ResultSet rs, int i) throws SQLException {
    Timestamp lastSeen = rs.getTimestamp("last_seen");
    return new Device(
        rs.getString("dev_eui"),
        DeviceType.ofCode(rs.getString("device_type")).orElseThrow(),
        rs.getString("asset_id"),
        (Double) rs.getObject("battery", Double.class),
        rs.getString("battery_unit"),
        lastSeen == null ? null : lastSeen.toInstant());
  }

  static String normalizeDevEui(String devEui) {
    return Objects.requireNonNullElse(devEui, "").trim().toUpperCase();
  }
}
