package de.iserlohn.digital.platform.cluster;

import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether the database is reachable, as the requests have seen it: a request that fails because the
 * database cannot be reached marks it down; while it is down, a probe (one connection check every
 * {@code iserlohn.cluster.database-probe-interval}, 1 s) marks it up again as soon as it answers.
 * Requests meanwhile get 503 at once instead of waiting for a connection each.
 */
@Component
public class DatabaseAvailability {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseAvailability.class);

  private final DataSource dataSource;
  private final Duration probeInterval;
  private final ScheduledExecutorService probe =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "database-probe");
            t.setDaemon(true);
            return t;
          });
  private volatile boolean down;

  DatabaseAvailability(
      DataSource dataSource,
      @Value("${iserlohn.cluster.database-probe-interval:PT1S}") Duration probeInterval) {
    this.dataSource = dataSource;
    this.probeInterval = probeInterval;
  }

  /** Whether requests should be answered with 503 now. */
  public boolean down() {
    return down;
  }

  /** A request saw the database unreachable: down until the probe reaches it again. */
  public synchronized void markDown(Throwable cause) {
    if (down) {
      return;
    }
    down = true;
    LOG.warn("Database unreachable, answering 503 until it is back: {}", cause.toString());
    probe.schedule(this::check, probeInterval.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void check() {
    try (Connection c = dataSource.getConnection()) {
      if (c.isValid(2)) {
        down = false;
        LOG.info("Database reachable again");
        return;
      }
    } catch (Exception e) {
      // still down
    }
    probe.schedule(this::check, probeInterval.toMillis(), TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    probe.shutdownNow();
  }
}
