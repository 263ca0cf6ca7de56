package de.iserlohn.digital.records;

import de.iserlohn.digital.platform.casefile.ArchiveValue;
import de.iserlohn.digital.platform.casefile.DueVorgang;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The lists of the Aussonderungen (tables {@code records_disposal}, {@code _item}). */
@Component
class Disposals {

  enum State {
    OFFER,
    TRANSFER,
    TRANSFERRED,
    ARCHIVED,
    DESTROY,
    HELD,
    DONE
  }

  record Item(
      String caseNumber,
      String objectId,
      ArchiveValue archiveValue,
      State state,
      String holdReason,
      String archiveId) {}

  private final JdbcTemplate jdbc;

  Disposals(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void create(String processId, String orgUnit, Instant at, List<DueVorgang> due) {
    jdbc.update(
        "insert into records_disposal (process_id, org_unit, started_at) values (?, ?, ?)",
        processId,
        orgUnit,
        Timestamp.from(at));
    for (DueVorgang v : due) {
      jdbc.update(
          "insert into records_disposal_item (process_id, case_number, object_id, archive_value,"
              + " state) values (?, ?, ?, ?, ?)",
          processId,
          v.caseNumber(),
          v.id().toString(),
          v.archiveValue().name(),
          (v.archiveValue().offered() ? State.OFFER : State.DESTROY).name());
    }
  }

  List<Item> items(String processId) {
    return jdbc.query(
        "select * from records_disposal_item where process_id = ? order by case_number",
        (rs, i) ->
            new Item(
                rs.getString("case_number"),
                rs.getString("object_id"),
                ArchiveValue.valueOf(rs.getString("archive_value")),
                State.valueOf(rs.getString("state")),
                rs.getString("hold_reason"),
                rs.getString("archive_id")),
        processId);
  }

  List<Item> items(String processId, State state) {
    return items(processId).stream().filter(i -> i.state() == state).toList();
  }

  void set(String processId, String caseNumber, State state) {
    jdbc.update(
        "update records_disposal_item set state = ? where process_id = ? and case_number = ?",
        state.name(),
        processId,
        caseNumber);
  }

  void hold(String processId, String caseNumber, String reason) {
    jdbc.update(
        "update records_disposal_item set state = ?, hold_reason = ?"
            + " where process_id = ? and case_number = ?",
        State.HELD.name(),
        reason,
        processId,
        caseNumber);
  }

  void archived(String processId, String caseNumber, String archiveId) {
    jdbc.update(
        "update records_disposal_item set state = ?, archive_id = ?"
            + " where process_id = ? and case_number = ?",
        State.ARCHIVED.name(),
        archiveId,
        processId,
        caseNumber);
  }

  /** The case numbers on the list of an Aussonderung that is not finished with them. */
  java.util.Set<String> pending() {
    return new java.util.HashSet<>(
        jdbc.queryForList(
            "select case_number from records_disposal_item where state in (?, ?, ?, ?, ?)",
            String.class,
            State.OFFER.name(),
            State.TRANSFER.name(),
            State.TRANSFERRED.name(),
            State.ARCHIVED.name(),
            State.DESTROY.name()));
  }

  String orgUnit(String processId) {
    return jdbc.queryForObject(
        "select org_unit from records_disposal where process_id = ?", String.class, processId);
  }
}
