package de.iserlohn.digital.platform.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At most one running process instance per process key and claim key, across all nodes (ADR 0075).
 * The claim is a row with a primary key ({@code process_claim}), inserted in the caller's
 * transaction, the one that starts the instance: a second node starting the same key at the same
 * moment waits for the first one's commit and then finds the claim taken. The claim row stays
 * locked until the caller commits, so everything a caller does with the holder (joining it, adding
 * a variable) is serialised per key as well. The instance's end listener ({@code
 * releaseProcessClaimListener}) removes the claim; a claim whose instance no longer holds it (ended
 * without the listener, cancelled, or a caller-defined condition such as "its task is done") is
 * taken over by the next start.
 */
@Component
public class ProcessClaims {

  /** The instance holding a claim, and whether this call started it. */
  public record Holder(String processInstanceId, boolean started) {}

  private final JdbcClient jdbc;
  private final RuntimeService runtime;
  private final Clock clock;
  private final boolean postgres;

  ProcessClaims(JdbcClient jdbc, RuntimeService runtime, Clock clock, DataSource dataSource)
      throws SQLException {
    this.jdbc = jdbc;
    this.runtime = runtime;
    this.clock = clock;
    try (Connection c = dataSource.getConnection()) {
      this.postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }
  }

  /**
   * Starts an instance unless one is running for the claim key.
   *
   * @param start starts the instance and returns its id (runs only when the claim is this call's)
   */
  @Transactional
  public Holder startUnlessRunning(String processKey, String claimKey, Supplier<String> start) {
    return startUnlessHeld(processKey, claimKey, this::running, start);
  }

  /**
   * Starts an instance unless the claim's current holder still holds it.
   *
   * @param holds whether the instance with this id still holds the claim
   * @param start starts the instance and returns its id (runs only when the claim is this call's)
   */
  @Transactional
  public Holder startUnlessHeld(
      String processKey, String claimKey, Predicate<String> holds, Supplier<String> start) {
    while (true) {
      if (insert(processKey, claimKey)) {
        return new Holder(bind(processKey, claimKey, start.get()), true);
      }
      List<String> holder =
          jdbc.sql(
                  "select process_instance_id from process_claim"
                      + " where process_key = ? and claim_key = ? for update")
              .params(processKey, claimKey)
              .query(String.class)
              .list();
      if (holder.isEmpty()) {
        continue; // released between the insert and the lock: claim it again
      }
      String id = holder.get(0);
      if (id != null && holds.test(id)) {
        return new Holder(id, false);
      }
      return new Holder(bind(processKey, claimKey, start.get()), true);
    }
  }

  /** Removes the claims of an instance (its end). */
  public void release(String processInstanceId) {
    jdbc.sql("delete from process_claim where process_instance_id = ?")
        .param(processInstanceId)
        .update();
  }

  /** Whether the process instance is running (not ended, not cancelled). */
  public boolean running(String processInstanceId) {
    return runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0;
  }

  private String bind(String processKey, String claimKey, String processInstanceId) {
    jdbc.sql(
            "update process_claim set process_instance_id = ?, claimed_at = ?"
                + " where process_key = ? and claim_key = ?")
        .params(processInstanceId, Timestamp.from(clock.instant()), processKey, claimKey)
        .update();
    return processInstanceId;
  }

  /**
   * Inserts the claim; false when it exists. A concurrent insert of the same key waits for the
   * other transaction: its commit makes this one find the claim, its rollback lets this one insert.
   */
  private boolean insert(String processKey, String claimKey) {
    Timestamp now = Timestamp.from(clock.instant());
    if (postgres) {
      // a failed insert would abort the PostgreSQL transaction: skip the conflict instead
      return jdbc.sql(
                  "insert into process_claim (process_key, claim_key, claimed_at) values (?, ?, ?)"
                      + " on conflict do nothing")
              .params(processKey, claimKey, now)
              .update()
          == 1;
    }
    try {
      return jdbc.sql(
                  "insert into process_claim (process_key, claim_key, claimed_at) values (?, ?, ?)")
              .params(processKey, claimKey, now)
              .update()
          == 1;
    } catch (DuplicateKeyException taken) {
      return false;
    }
  }
}
