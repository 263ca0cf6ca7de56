package de.iserlohn.digital.platform.casefile;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;

/**
 * The workspace's rows beside a Vorgang: notes, shares with single users, and the text of document
 * contents for the full-text search. Plain JDBC in the caller's transaction.
 */
@Component
class CaseRecords {

  /** Longest document text kept for the search (PostgreSQL's tsvector has a size limit). */
  static final int MAX_TEXT = 100_000;

  private final JdbcTemplate jdbc;
  private final boolean postgres;

  CaseRecords(JdbcTemplate jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    this.postgres = isPostgres(dataSource);
  }

  static boolean isPostgres(DataSource dataSource) {
    try {
      String product =
          JdbcUtils.extractDatabaseMetaData(
              dataSource, metaData -> metaData.getDatabaseProductName());
      return product != null && product.toLowerCase(Locale.ROOT).contains("postgres");
    } catch (Exception e) {
      throw new IllegalStateException("Cannot tell the database product", e);
    }
  }

  boolean postgres() {
    return postgres;
  }

  void addNote(UUID vorgangId, String text, Instant at, String by) {
    jdbc.update(
        "insert into vorgang_note (vorgang_id, text, created_at, created_by) values (?, ?, ?, ?)",
        vorgangId,
        text,
        Timestamp.from(at),
        by);
  }

  List<NoteView> notes(UUID vorgangId) {
    return jdbc.query(
        "select id, text, created_at, created_by from vorgang_note where vorgang_id = ?"
            + " order by created_at, id",
        (rs, i) ->
            new NoteView(
                rs.getLong("id"),
                rs.getString("text"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by")),
        vorgangId);
  }

  boolean isSharedWith(UUID vorgangId, String userId) {
    Integer n =
        jdbc.queryForObject(
            "select count(*) from vorgang_share where vorgang_id = ? and user_id = ?",
            Integer.class,
            vorgangId,
            userId);
    return n != null && n > 0;
  }

  /** Shares the Vorgang; false when it was shared with the user already. */
  boolean share(UUID vorgangId, String userId, Instant at, String by) {
    if (isSharedWith(vorgangId, userId)) {
      return false;
    }
    jdbc.update(
        "insert into vorgang_share (vorgang_id, user_id, granted_by, granted_at)"
            + " values (?, ?, ?, ?)",
        vorgangId,
        userId,
        by,
        Timestamp.from(at));
    return true;
  }

  List<String> sharedWith(UUID vorgangId) {
    return jdbc.queryForList(
        "select user_id from vorgang_share where vorgang_id = ? order by user_id",
        String.class,
        vorgangId);
  }

  /** Keeps the text of a content for the search (the same content has the same text). */
  void indexText(String sha256, String text) {
    if (text == null || text.isBlank()) {
      return;
    }
    String kept = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    // no NUL characters: PostgreSQL refuses them in text
    kept = kept.replace('\u0000', ' ');
    if (postgres) {
      jdbc.update(
          "insert into document_text (content_hash, content) values (?, ?)"
              + " on conflict (content_hash) do update set content = excluded.content",
          sha256,
          kept);
    } else {
      jdbc.update(
          "merge into document_text (content_hash, content) key (content_hash) values (?, ?)",
          sha256,
          kept);
    }
  }

  boolean hasText(String sha256) {
    Integer n =
        jdbc.queryForObject(
            "select count(*) from document_text where content_hash = ?", Integer.class, sha256);
    return n != null && n > 0;
  }
}
