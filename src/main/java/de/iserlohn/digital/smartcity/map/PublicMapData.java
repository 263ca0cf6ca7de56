package de.iserlohn.digital.smartcity.map;

import de.iserlohn.digital.smartcity.AssetType;
import de.iserlohn.digital.smartcity.ingestion.WinterLog;
import de.iserlohn.digital.smartcity.ingestion.WinterLogChain;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The public map data (JSON endpoints and the map page): bin fill levels, the winter-service
 * vehicles' tracks of the last two hours, young trees that need water. No personal data: assets,
 * vehicle numbers and positions only.
 */
@Component
class PublicMapData {

  private final JdbcTemplate jdbc;
  private final WinterLog winterLog;
  private final Clock clock;

  PublicMapData(JdbcTemplate jdbc, WinterLog winterLog, Clock clock) {
    this.jdbc = jdbc;
    this.winterLog = winterLog;
    this.clock = clock;
  }

  List<Map<String, Object>> bins() {
    return latest(AssetType.WASTE_BIN, "FILL_LEVEL", "fillLevel");
  }

  /** Trees whose water need is confirmed by two consecutive readings (DMN treeWaterState). */
  List<Map<String, Object>> treesNeedingWater() {
    return jdbc.query(
        "select a.id, a.name, a.district, a.lat, a.lon, s.state, s.reading_at"
            + " from sc_asset a join sc_asset_state s on s.asset_id = a.id"
            + " and s.rule_name = 'TREE_WATER'"
            + " where a.asset_type = 'TREE' and s.state in ('DRY', 'CRITICAL') order by a.id",
        (rs, i) -> assetRow(rs, "waterState", rs.getString("state"), "reading_at"));
  }

  Map<String, List<List<Object>>> winterVehicles() {
    Map<String, List<List<Object>>> tracks = new LinkedHashMap<>();
    for (WinterLogChain.Entry e : winterLog.since(clock.instant().minus(Duration.ofHours(2)))) {
      tracks
          .computeIfAbsent(e.vehicleId(), v -> new java.util.ArrayList<>())
          .add(List.of(e.lat(), e.lon(), e.time().toString(), e.ploughDown(), e.spreaderOn()));
    }
    return tracks;
  }

  private List<Map<String, Object>> latest(AssetType type, String quantity, String key) {
    return jdbc.query(
        "select a.id, a.name, a.district, a.lat, a.lon, m.measured_value, m.measured_at"
            + " from sc_asset a join sc_measurement m on m.asset_id = a.id and m.quantity = ?"
            + " where a.asset_type = ? and m.measured_at = (select max(x.measured_at)"
            + " from sc_measurement x where x.asset_id = a.id and x.quantity = ?)"
            + " order by a.id",
        (rs, i) -> assetRow(rs, key, rs.getDouble("measured_value"), "measured_at"),
        quantity,
        type.name(),
        quantity);
  }

  /** An asset on the map: id, name, district, position, one value and when it was measured. */
  private static Map<String, Object> assetRow(
      ResultSet rs, String key, Object value, String measuredAtColumn) throws SQLException {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", rs.getString("id"));
    row.put("name", rs.getString("name"));
    row.put("district", rs.getString("district"));
    row.put("lat", rs.getDouble("lat"));
    row.put("lon", rs.getDouble("lon"));
    row.put(key, value);
    row.put("measuredAt", rs.getTimestamp(measuredAtColumn).toInstant().toString());
    return row;
  }
}
