package de.iserlohn.digital.platform.cluster;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A lease on a singleton job (the hot folder, the IMAP inbox): one node holds it and renews it at
 * every run, the others skip their runs; when the holder dies (or stops renewing for longer than
 * the lease), the next node to ask takes it over. Built on a ShedLock lock that the holder extends
 * instead of releasing, so the job stays on one node while that node lives (ADR 0076).
 */
public final class ClusterLease {

  private static final Logger LOG = LoggerFactory.getLogger(ClusterLease.class);

  private final LockProvider provider;
  private final Clock clock;
  private final String name;
  private final Duration duration;
  private SimpleLock held;

  ClusterLease(LockProvider provider, Clock clock, String name, Duration duration) {
    this.provider = provider;
    this.clock = clock;
    this.name = name;
    this.duration = duration;
  }

  /**
   * Whether this node holds the lease now: renews it when held, takes it when free or expired.
   * Without the database nobody holds it.
   */
  public synchronized boolean renew() {
    try {
      if (held != null) {
        Optional<SimpleLock> renewed = held.extend(duration, Duration.ZERO);
        if (renewed.isPresent()) {
          held = renewed.get();
          return true;
        }
        LOG.warn("Lease {} lost (expired and taken by another node)", name);
        held = null;
      }
      held =
          provider
              .lock(new LockConfiguration(clock.instant(), name, duration, Duration.ZERO))
              .orElse(null);
      if (held != null) {
        LOG.info("Lease {} taken by this node", name);
      }
      return held != null;
    } catch (RuntimeException e) {
      LOG.warn("Lease {} not renewed: {}", name, e.toString());
      held = null;
      return false;
    }
  }

  /** Gives the lease back (shutdown), so another node need not wait for it to expire. */
  public synchronized void release() {
    if (held != null) {
      try {
        held.unlock();
      } catch (RuntimeException e) {
        LOG.info("Lease {} not released: {}", name, e.toString());
      }
      held = null;
    }
  }
}
