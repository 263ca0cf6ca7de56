package de.iserlohn.digital.mailroom.intake;

import de.iserlohn.digital.mailroom.intake.MailroomItem.ItemStatus;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The tables {@code mailroom_batch} and {@code mailroom_item}. */
@Repository
@Transactional
public class MailroomItems {

  private final JdbcTemplate jdbc;

  MailroomItems(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A scan batch: who scanned what when. */
  public record Batch(UUID id, String source, String scanner, String operatorId, Instant at) {}

  /** Recognised text and the features' decision, set by the process. */
  public record Classification(
      String documentType, String orgUnit, Double confidence, Boolean keepOriginal) {}

  public void insertBatch(Batch batch) {
    jdbc.update(
        "insert into mailroom_batch (id, source, scanner, operator_id, received_at)"
            + " values (?, ?, ?, ?, ?)",
        batch.id(),
        batch.source(),
        batch.scanner(),
        batch.operatorId(),
        Timestamp.from(batch.at()));
  }

  public void insert(MailroomItem i) {
    jdbc.update(
        "insert into mailroom_item (id, batch_id, sha256, file_name, media_type, size_bytes,"
            + " pages, status, case_number, document_id, received_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        i.id(),
        i.batchId(),
        i.sha256(),
        i.fileName(),
        i.mediaType(),
        i.sizeBytes(),
        i.pages(),
        i.status().name(),
        i.caseNumber(),
        i.documentId(),
        Timestamp.from(i.receivedAt()));
  }

  public void recordText(UUID id, String text) {
    jdbc.update(
        "update mailroom_item set extracted_text = ?, text_length = ? where id = ?",
        text,
        text.length(),
        id);
  }

  public void recordClassification(UUID id, Classification c, ItemStatus status) {
    jdbc.update(
        "update mailroom_item set document_type = ?, org_unit = ?, confidence = ?,"
            + " keep_original = ?, status = ? where id = ?",
        c.documentType(),
        c.orgUnit(),
        c.confidence(),
        c.keepOriginal(),
        status.name(),
        id);
  }

  public void recordDistribution(
      UUID id,
      Classification c,
      String distribution,
      String targetCaseNumber,
      UUID targetDocumentId,
      Instant at,
      LocalDate destroyAfter) {
    jdbc.update(
        "update mailroom_item set document_type = ?, org_unit = ?, keep_original = ?,"
            + " distribution = ?, target_case_number = ?, target_document_id = ?,"
            + " distributed_at = ?, destroy_after = ?, status = ? where id = ?",
        c.documentType(),
        c.orgUnit(),
        c.keepOriginal(),
        distribution,
        targetCaseNumber,
        targetDocumentId,
        Timestamp.from(at),
        destroyAfter == null ? null : Date.valueOf(destroyAfter),
        ItemStatus.VERTEILT.name(),
        id);
  }

  /** Records who released the originals for destruction; returns how many items it concerned. */
  public int releaseDestruction(List<UUID> ids, String userId, Instant at) {
    int n = 0;
    for (UUID id : ids) {
      n +=
          jdbc.update(
              "update mailroom_item set destruction_released_by = ?, destruction_released_at = ?"
                  + " where id = ? and destruction_released_at is null",
              userId,
              Timestamp.from(at),
              id);
    }
    return n;
  }

  @Transactional(readOnly = true)
  public Optional<MailroomItem> find(UUID id) {
    return jdbc.query("select * from mailroom_item where id = ?", MailroomItems::map, id).stream()
        .findFirst();
  }

  @Transactional(readOnly = true)
  public Optional<MailroomItem> findBySha256(String sha256) {
    return jdbc
        .query("select * from mailroom_item where sha256 = ?", MailroomItems::map, sha256)
        .stream()
        .findFirst();
  }

  @Transactional(readOnly = true)
  public String text(UUID id) {
    return jdbc
        .queryForList("select extracted_text from mailroom_item where id = ?", String.class, id)
        .stream()
        .filter(t -> t != null)
        .findFirst()
        .orElse("");
  }

  /** Items received from this instant on, newest first. */
  @Transactional(readOnly = true)
  public List<MailroomItem> receivedSince(Instant from) {
    return jdbc.query(
        "select * from mailroom_item where received_at >= ? order by received_at desc, id",
        MailroomItems::map,
        Timestamp.from(from));
  }

  /** Items in a status, oldest first. */
  @Transactional(readOnly = true)
  public List<MailroomItem> inStatus(ItemStatus status) {
    return jdbc.query(
        "select * from mailroom_item where status = ? order by received_at, id",
        MailroomItems::map,
        status.name());
  }

  /** Originals whose destruction date has come and that nobody has released yet. */
  @Transactional(readOnly = true)
  public List<MailroomItem> dueForDestruction(LocalDate day) {
    return jdbc.query(
        "select * from mailroom_item where destroy_after <= ? and destruction_released_at is null"
            + " order by batch_id, received_at, id",
        MailroomItems::map,
        Date.valueOf(day));
  }

  private static MailroomItem map(ResultSet rs, int row) throws SQLException {
    Date destroyAfter = rs.getDate("destroy_after");
    return new MailroomItem(
        rs.getObject("id", UUID.class),
        rs.getObject("batch_id", UUID.class),
        rs.getString("file_name"),
        rs.getString("media_type"),
        rs.getLong("size_bytes"),
        rs.getInt("pages"),
        rs.getString("sha256"),
        ItemStatus.valueOf(rs.getString("status")),
        rs.getString("case_number"),
        rs.getObject("document_id", UUID.class),
        (Integer) rs.getObject("text_length", Integer.class),
        rs.getString("document_type"),
        rs.getString("org_unit"),
        rs.getObject("confidence", Double.class),
        rs.getObject("keep_original", Boolean.class),
        rs.getString("distribution"),
        rs.getString("target_case_number"),
        rs.getObject("target_document_id", UUID.class),
        instant(rs.getTimestamp("received_at")),
        instant(rs.getTimestamp("distributed_at")),
        destroyAfter == null ? null : destroyAfter.toLocalDate(),
        rs.getString("destruction_released_by"),
        instant(rs.getTimestamp("destruction_released_at")));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
