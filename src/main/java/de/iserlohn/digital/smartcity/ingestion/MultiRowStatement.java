package de.iserlohn.digital.smartcity.ingestion;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes many rows with statements over a multi-row {@code VALUES} list of up to {@link
 * #ROWS_PER_STATEMENT} rows (ADR 0036): inserts, and updates as {@code MERGE ... USING (VALUES
 * ...)}. PostgreSQL executes one such statement far faster than the same rows as a JDBC batch of
 * single-row statements, which it executes one by one; the text is the same for every full chunk,
 * so the driver keeps it prepared on the server. Standard SQL: PostgreSQL 15+ and H2.
 *
 * @param <T> the row type
 */
final class MultiRowStatement<T> {

  static final int ROWS_PER_STATEMENT = 100;

  /** Sets the parameters of one row, starting at {@code first}. */
  @FunctionalInterface
  interface Binder<T> {
    void bind(PreparedStatement ps, int first, T row) throws SQLException;
  }

  private final String head;
  private final String row;
  private final String tail;
  private final int parameters;
  private final Binder<T> binder;
  private final String fullChunkSql;

  /**
   * @param head the statement up to the first row
   * @param row one row of the values list, e.g. {@code (?, cast(? as timestamp))}
   * @param tail the statement after the last row
   * @param parameters the number of parameters in {@code row}
   */
  MultiRowStatement(String head, String row, String tail, int parameters, Binder<T> binder) {
    this.head = head;
    this.row = row;
    this.tail = tail;
    this.parameters = parameters;
    this.binder = binder;
    this.fullChunkSql = sql(ROWS_PER_STATEMENT);
  }

  /**
   * {@code insert into <table> values (?, ...), ...}
   *
   * @param table the table and its column list, e.g. {@code t (a, b)}
   * @param columns the number of columns in the list
   */
  static <T> MultiRowStatement<T> insert(String table, int columns, Binder<T> binder) {
    return new MultiRowStatement<>(
        "insert into " + table + " values ",
        "(" + "?,".repeat(columns - 1) + "?)",
        "",
        columns,
        binder);
  }

  void execute(JdbcTemplate jdbc, List<T> rows) {
    for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
      List<T> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
      String sql = chunk.size() == ROWS_PER_STATEMENT ? fullChunkSql : sql(chunk.size());
      jdbc.update(
          sql,
          ps -> {
            int first = 1;
            for (T r : chunk) {
              binder.bind(ps, first, r);
              first += parameters;
            }
          });
    }
  }

  private String sql(int rows) {
    StringBuilder sql =
        new StringBuilder(head.length() + rows * (row.length() + 1) + tail.length());
    sql.append(head);
    for (int i = 0; i < rows; i++) {
      if (i > 0) {
        sql.append(',');
      }
      sql.append(row);
    }
    return sql.append(tail).toString();
  }
}
