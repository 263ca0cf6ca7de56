package de.iserlohn.digital.smartcity.ingestion;

import de.iserlohn.digital.platform.web.CityTime;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends telematics records to the vehicle's chain of the day (Europe/Berlin). Only inserts; the
 * application never updates or deletes a row. Concurrent appends for one vehicle are serialised by
 * the primary key (vehicle, day, seq): the loser fails and the sender retries.
 */
@Component
public class WinterLog {

  private final JdbcTemplate jdbc;

  WinterLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional
  WinterLogChain.Entry append(
      String vehicleId, Instant sent, double lat, double lon, boolean plough, boolean spreader) {
    // the database keeps microseconds at best: hash what is stored
    Instant time = sent.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    LocalDate day = CityTime.day(time);
    List<WinterLogChain.Entry> same =
        jdbc.query(
            "select * from sc_winter_log where vehicle_id = ? and log_day = ? and recorded_at = ?",
            WinterLog::entry,
            vehicleId,
            Date.valueOf(day),
            Timestamp.from(time));
    if (!same.isEmpty()) {
      return same.get(0);
    }
    List<WinterLogChain.Entry> last =
        jdbc.query(
            "select * from sc_winter_log where vehicle_id = ? and log_day = ?"
                + " order by seq desc fetch first 1 rows only",
            WinterLog::entry,
            vehicleId,
            Date.valueOf(day));
    int seq = last.isEmpty() ? 1 : last.get(0).seq() + 1;
    String previous = last.isEmpty() ? WinterLogChain.GENESIS : last.get(0).hash();
    String hash =
        WinterLogChain.hash(previous, vehicleId, day, seq, time, lat, lon, plough, spreader);
    jdbc.update(
        "insert into sc_winter_log (vehicle_id, log_day, seq, recorded_at, lat, lon, plough_down,"
            + " spreader_on, previous_hash, entry_hash) values (?,?,?,?,?,?,?,?,?,?)",
        vehicleId,
        Date.valueOf(day),
        seq,
        Timestamp.from(time),
        lat,
        lon,
        plough,
        spreader,
        previous,
        hash);
    return new WinterLogChain.Entry(
        vehicleId, day, seq, time, lat, lon, plough, spreader, previous, hash);
  }

  List<WinterLogChain.Entry> day(String vehicleId, LocalDate day) {
    return jdbc.query(
        "select * from sc_winter_log where vehicle_id = ? and log_day = ? order by seq",
        WinterLog::entry,
        vehicleId,
        Date.valueOf(day));
  }

  /** Positions of all vehicles since the given time, for the public map. */
  public List<WinterLogChain.Entry> since(Instant from) {
    return jdbc.query(
        "select * from sc_winter_log where recorded_at >= ? order by vehicle_id, recorded_at",
        WinterLog::entry,
        Timestamp.from(from));
  }

  private static WinterLogChain.Entry entry(java.sql.ResultSet rs, int i)
      throws java.sql.SQLException {
    return new WinterLogChain.Entry(
        rs.getString("vehicle_id"),
        rs.getDate("log_day").toLocalDate(),
        rs.getInt("seq"),
        rs.getTimestamp("recorded_at").toInstant(),
        rs.getDouble("lat"),
        rs.getDouble("lon"),
        rs.getBoolean("plough_down"),
        rs.getBoolean("spreader_on"),
        rs.getString("previous_hash"),
        rs.getString("entry_hash"));
  }
}
