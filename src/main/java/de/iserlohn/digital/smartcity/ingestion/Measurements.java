package de.iserlohn.digital.smartcity.ingestion;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The measurement time series ({@code sc_measurement}), written as multi-row inserts (ADR 0036).
 */
@Component
class Measurements {

  record Measurement(Instant time, String devEui, String quantity, double value, String unit) {}

  record Row(
      Instant time,
      String devEui,
      String assetId,
      String quantity,
      double value,
      String unit,
      String uplinkKey) {}

  private final JdbcTemplate jdbc;

  Measurements(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** An accepted uplink's de-duplication key with what is kept of it in {@code sc_uplink}. */
  record Claim(String uplinkKey, String devEui, String source, Instant receivedAt) {}

  /** Of these uplink keys, the ones stored before (replays), in one query. */
  Set<String> claimed(Collection<String> uplinkKeys) {
    if (uplinkKeys.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        jdbc.queryForList(
            "select uplink_key from sc_uplink where uplink_key in ("
                + String.join(",", Collections.nCopies(uplinkKeys.size(), "?"))
                + ")",
            String.class,
            uplinkKeys.toArray()));
  }

  /**
   * Claims the keys of new uplinks (multi-row inserts). Must run in the transaction that stores
   * their measurements, so that a failed write releases the keys; a key claimed meanwhile by
   * another node fails the transaction (primary key) instead of storing an uplink twice.
   */
  void claim(List<Claim> claims) {
    CLAIMS.execute(jdbc, claims);
  }

  void insert(List<Row> rows) {
    ROWS.execute(jdbc, rows);
  }

  private static final MultiRowStatement<Claim> CLAIMS =
      MultiRowStatement.insert(
          "sc_uplink (uplink_key, dev_eui, source, received_at)",
          4,
          (ps, i, c) -> {
            ps.setString(i, c.uplinkKey());
            ps.setString(i + 1, c.devEui());
            ps.setString(i + 2, c.source());
            ps.setTimestamp(i + 3, Timestamp.from(c.receivedAt()));
          });

  private static final MultiRowStatement<Row> ROWS =
      MultiRowStatement.insert(
          "sc_measurement (measured_at, dev_eui, asset_id, quantity, measured_value, unit,"
              + " uplink_key)",
          7,
          (ps, i, r) -> {
            ps.setTimestamp(i, Timestamp.from(r.time()));
            ps.setString(i + 1, r.devEui());
            ps.setString(i + 2, r.assetId());
            ps.setString(i + 3, r.quantity());
            ps.setDouble(i + 4, r.value());
            ps.setString(i + 5, r.unit());
            ps.setString(i + 6, r.uplinkKey());
          });

  /** The newest value of every quantity measured on the asset. */
  Map<String, Measurement> latest(String assetId) {
    Map<String, Measurement> latest = new LinkedHashMap<>();
    jdbc.query(
        "select m.measured_at, m.dev_eui, m.quantity, m.measured_value, m.unit"
            + " from sc_measurement m where m.asset_id = ? and m.measured_at ="
            + " (select max(x.measured_at) from sc_measurement x"
            + "  where x.asset_id = m.asset_id and x.quantity = m.quantity)"
            + " order by m.quantity",
        rs -> {
          latest.putIfAbsent(
              rs.getString("quantity"),
              new Measurement(
                  rs.getTimestamp("measured_at").toInstant(),
                  rs.getString("dev_eui"),
                  rs.getString("quantity"),
                  rs.getDouble("measured_value"),
                  rs.getString("unit")));
        },
        assetId);
    return latest;
  }

  /** The history of an asset, newest first, optionally of one quantity. */
  List<Measurement> history(String assetId, String quantity, int limit) {
    List<Object> args = new ArrayList<>(List.of(assetId));
    String sql =
        "select measured_at, dev_eui, quantity, measured_value, unit from sc_measurement"
            + " where asset_id = ?";
    if (quantity != null) {
      sql += " and quantity = ?";
      args.add(quantity);
    }
    sql += " order by measured_at desc, quantity fetch first " + limit + " rows only";
    return jdbc.query(
        sql,
        (rs, i) ->
            new Measurement(
                rs.getTimestamp("measured_at").toInstant(),
                rs.getString("dev_eui"),
                rs.getString("quantity"),
                rs.getDouble("measured_value"),
                rs.getString("unit")),
        args.toArray());
  }
}
