package de.iserlohn.digital.smartcity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The hysteresis memory per asset and rule ({@code sc_asset_state}) and its change log. */
@Component
class AssetStates {

  record Stored(String state, String candidate, Instant readingAt) {}

  private final JdbcTemplate jdbc;

  AssetStates(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Reads and locks the state row (in the caller's transaction). */
  Optional<Stored> lock(String assetId, String rule) {
    List<Stored> rows =
        jdbc.query(
            "select state, candidate, reading_at from sc_asset_state"
                + " where asset_id = ? and rule_name = ? for update",
            (rs, i) -> new Stored(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()),
            assetId,
            rule);
    return rows.stream().findFirst();
  }

  void save(
      String assetId,
      String rule,
      String from,
      String to,
      String candidate,
      double value,
      Instant at,
      boolean exists) {
    Timestamp ts = Timestamp.from(at);
    if (exists) {
      jdbc.update(
          "update sc_asset_state set state = ?, candidate = ?, reading_at = ?"
              + " where asset_id = ? and rule_name = ?",
          to,
          candidate,
          ts,
          assetId,
          rule);
    } else {
      jdbc.update(
          "insert into sc_asset_state (asset_id, rule_name, state, candidate, reading_at)"
              + " values (?,?,?,?,?)",
          assetId,
          rule,
          to,
          candidate,
          ts);
    }
    if (!from.equals(to)) {
      jdbc.update(
          "insert into sc_asset_state_change (asset_id, rule_name, from_state, to_state,"
              + " measured_value, changed_at) values (?,?,?,?,?,?)",
          assetId,
          rule,
          from,
          to,
          value,
          ts);
    }
  }
}
