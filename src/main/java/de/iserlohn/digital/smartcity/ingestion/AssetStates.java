package de.iserlohn.digital.smartcity.ingestion;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The hysteresis memory per asset and rule ({@code sc_asset_state}) and its change log. */
@Component
public class AssetStates {

  record Stored(String state, String candidate, Instant readingAt) {}

  private final JdbcTemplate jdbc;

  AssetStates(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A state row to write: the asset's state after the batch and the reading that set it. */
  record Saved(String assetId, String state, String candidate, Instant readingAt) {}

  /** A state change for the log. */
  record Change(String assetId, String from, String to, double value, Instant at) {}

  /**
   * Reads and locks the state rows of the assets for a rule (in the caller's transaction), in asset
   * order. Before an asset's first reading there is no row to lock: the asset rows are locked
   * instead, so that concurrent first readings are serialised and the later one sees the row the
   * first inserted.
   */
  Map<String, Stored> lock(Collection<String> assetIds, String rule) {
    List<String> ids = assetIds.stream().distinct().sorted().toList();
    Map<String, Stored> stored = read(ids, rule);
    List<String> missing = ids.stream().filter(id -> !stored.containsKey(id)).toList();
    if (!missing.isEmpty()) {
      jdbc.queryForList(
          "select id from sc_asset where id in (" + marks(missing) + ") order by id for update",
          String.class,
          missing.toArray());
      stored.putAll(read(missing, rule));
    }
    return stored;
  }

  private Map<String, Stored> read(List<String> assetIds, String rule) {
    Map<String, Stored> stored = new HashMap<>();
    if (assetIds.isEmpty()) {
      return stored;
    }
    List<Object> args = new ArrayList<>(List.of(rule));
    args.addAll(assetIds);
    jdbc.query(
        "select asset_id, state, candidate, reading_at from sc_asset_state"
            + " where rule_name = ? and asset_id in ("
            + marks(assetIds)
            + ") order by asset_id for update",
        rs -> {
          stored.put(
              rs.getString(1),
              new Stored(rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()));
        },
        args.toArray());
    return stored;
  }

  /** Writes one asset's state (and the change, if any); used where a state is set directly. */
  public void save(
      String assetId,
      String rule,
      String from,
      String to,
      String candidate,
      double value,
      Instant at,
      boolean exists) {
    Saved saved = new Saved(assetId, to, candidate, at);
    save(
        rule,
        exists ? List.of(saved) : List.of(),
        exists ? List.of() : List.of(saved),
        from.equals(to) ? List.of() : List.of(new Change(assetId, from, to, value, at)));
  }

  /**
   * Writes the states of a rule (updates, inserts) and logs the changes, as multi-row statements
   * (ADR 0036).
   */
  void save(String rule, List<Saved> updates, List<Saved> inserts, List<Change> changes) {
    Map<String, Saved> lastPerAsset = new LinkedHashMap<>();
    updates.forEach(u -> lastPerAsset.put(u.assetId(), u));
    UPDATES.execute(jdbc, lastPerAsset.values().stream().map(u -> new RuleSaved(rule, u)).toList());
    INSERTS.execute(jdbc, inserts.stream().map(u -> new RuleSaved(rule, u)).toList());
    CHANGES.execute(jdbc, changes.stream().map(c -> new RuleChange(rule, c)).toList());
  }

  private record RuleSaved(String rule, Saved saved) {}

  private record RuleChange(String rule, Change change) {}

  /**
   * A state row's parameters, in the column order of both {@link #INSERTS} and {@link #UPDATES}.
   */
  private static void bind(PreparedStatement ps, int i, RuleSaved r) throws SQLException {
    ps.setString(i, r.saved().assetId());
    ps.setString(i + 1, r.rule());
    ps.setString(i + 2, r.saved().state());
    ps.setString(i + 3, r.saved().candidate());
    ps.setTimestamp(i + 4, Timestamp.from(r.saved().readingAt()));
  }

  private static final MultiRowStatement<RuleSaved> INSERTS =
      MultiRowStatement.insert(
          "sc_asset_state (asset_id, rule_name, state, candidate, reading_at)",
          5,
          AssetStates::bind);

  private static final MultiRowStatement<RuleChange> CHANGES =
      MultiRowStatement.insert(
          "sc_asset_state_change (asset_id, rule_name, from_state, to_state, measured_value,"
              + " changed_at)",
          6,
          (ps, i, r) -> {
            ps.setString(i, r.change().assetId());
            ps.setString(i + 1, r.rule());
            ps.setString(i + 2, r.change().from());
            ps.setString(i + 3, r.change().to());
            ps.setDouble(i + 4, r.change().value());
            ps.setTimestamp(i + 5, Timestamp.from(r.change().at()));
          });

  /** The states of a batch's assets, 100 per statement (ADR 0036). */
  private static final MultiRowStatement<RuleSaved> UPDATES =
      new MultiRowStatement<>(
          "merge into sc_asset_state s using (values ",
          "(cast(? as varchar(64)), cast(? as varchar(30)), cast(? as varchar(20)),"
              + " cast(? as varchar(20)), cast(? as timestamp))",
          ") as v (asset_id, rule_name, state, candidate, reading_at)"
              + " on s.asset_id = v.asset_id and s.rule_name = v.rule_name"
              + " when matched then update set state = v.state, candidate = v.candidate,"
              + " reading_at = v.reading_at",
          5,
          AssetStates::bind);

  /** Assets of a rule in one of the given states, optionally of one district, ordered by id. */
  public List<String> assetsIn(String rule, List<? extends Enum<?>> inStates, String district) {
    List<Object> args = new ArrayList<>(List.of(rule));
    inStates.forEach(state -> args.add(state.name()));
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
  public List<String> districtsWith(String rule, List<? extends Enum<?>> inStates) {
    List<Object> args = new ArrayList<>(List.of(rule));
    inStates.forEach(state -> args.add(state.name()));
    return jdbc.queryForList(
        "select distinct a.district from sc_asset_state s join sc_asset a on a.id = s.asset_id"
            + " where s.rule_name = ? and s.state in ("
            + marks(inStates)
            + ") order by a.district",
        String.class,
        args.toArray());
  }

  private static String marks(Collection<?> values) {
    return String.join(",", Collections.nCopies(values.size(), "?"));
  }
}
