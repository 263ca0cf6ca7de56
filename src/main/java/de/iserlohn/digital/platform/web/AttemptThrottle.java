package de.iserlohn.digital.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed attempts (passwords, access codes) per client and locks a client for a while after
 * too many (ADR 0013). The lock is on the client, never on the account or the case: an attacker
 * locks out only themselves, and the rightful user at their own client is not affected. A lock ends
 * by itself, and with it the count; failures older than the window are forgotten.
 *
 * <p>Kept in memory per node: a restart forgets the counts, and in a cluster a client gets the
 * attempts once per node (the secrets behind it, passwords and 60-bit access codes, do not fall to
 * that many tries).
 */
public final class AttemptThrottle {

  static final int MAX_CLIENTS = 100_000;

  private final Clock clock;
  private final int maxFailures;
  private final Duration window;
  private final Duration lock;
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  private record Failures(int count, Instant first, Instant lockedUntil) {}

  /**
   * @param maxFailures failures within {@code window} after which the client is locked
   * @param window how long a failure counts
   * @param lock how long a client stays locked
   */
  public AttemptThrottle(Clock clock, int maxFailures, Duration window, Duration lock) {
    this.clock = clock;
    this.maxFailures = maxFailures;
    this.window = window;
    this.lock = lock;
  }

  /** How long the client is still locked; empty when it may try. */
  public Optional<Duration> lockedFor(String client) {
    Instant now = clock.instant();
    Failures current = failures.get(client);
    if (current == null) {
      return Optional.empty();
    }
    if (current.lockedUntil() != null && now.isBefore(current.lockedUntil())) {
      return Optional.of(Duration.between(now, current.lockedUntil()));
    }
    if (expired(current, now)) {
      failures.remove(client, current);
    }
    return Optional.empty();
  }

  /** Records a failed attempt of the client. */
  public void failed(String client) {
    Instant now = clock.instant();
    if (failures.size() >= MAX_CLIENTS) {
      failures.values().removeIf(f -> expired(f, now));
    }
    failures.compute(
        client,
        (key, current) -> {
          Failures base =
              current == null || expired(current, now) ? new Failures(0, now, null) : current;
          int count = base.count() + 1;
          return new Failures(count, base.first(), count >= maxFailures ? now.plus(lock) : null);
        });
  }

  private boolean expired(Failures f, Instant now) {
    if (f.lockedUntil() != null) {
      return !now.isBefore(f.lockedUntil());
    }
    return !now.isBefore(f.first().plus(window));
  }
}
