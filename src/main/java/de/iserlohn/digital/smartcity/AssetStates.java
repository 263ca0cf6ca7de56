package de.iserlohn.digital.smartcity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
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

  /**
   * Reads and locks the state row (in the caller's transaction). Before an asset's first reading
   * there is no row to lock: the asset row is locked instead, so that two concurrent first readings
   * are serialised and the second one sees the row the first inserted.
   */
  Optional<Stored> lock(String assetId, String rule) {
    Optional<Stored> stored = read(assetId, rule);
    if (stored.isPresent()) {
      return stored;
    }
    jdbc.queryForList("select id from sc_asset where id = ? for update", String.class, assetId);
    return read(assetId, rule);
  }

  private Optional<Stored> read(String assetId, String rule) {
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

  /** Assets of a rule in one of the given states, optionally of one district, ordered by id. */
  List<String> assetsIn(String rule, List<String> inStates, String district) {
    List<Object> args = new ArrayList<>(List.of(rule));
    args.addAll(inStates);
    String sql =
        "select s.asset_id from sc_asset_state s join sc_asset a on a.id = s.asset_id"
            + " where s.rule_name = ? and s.state in ("
            + marks(inStates)
            + ")";
    if (district != null) {
      sql += " and a.district = ?";
      args.add(district);
    }
    return jdbc.queryForList(sql + " order by s.asset_id", String.class, args.toArray());
  }

  /** Districts with at least one asset of the rule in one of the given states. */
  List<String> districtsWith(String rule, List<String> inStates) {
    List<Object> args = new ArrayList<>(List.of(rule));
    args.addAll(inStates);
    return jdbc.queryForList(
        "select distinct a.district from sc_asset_state s join sc_asset a on a.id = s.asset_id"
            + " where s.rule_name = ? and s.state in ("
            + marks(inStates)
            + ") order by a.district",
        String.class,
        args.toArray());
  }

  private static String marks(List<String> values) {
    return String.join(",", Collections.nCopies(values.size(), "?"));
  }
}
