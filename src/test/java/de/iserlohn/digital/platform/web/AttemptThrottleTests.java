package de.iserlohn.digital.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AttemptThrottleTests {

  final MutableClock clock = new MutableClock();
  final AttemptThrottle throttle =
      new AttemptThrottle(clock, 3, Duration.ofMinutes(15), Duration.ofMinutes(5));

  @Test
  void aClientIsLockedAfterTooManyFailuresAndOtherClientsAreNot() {
    throttle.failed("a");
    throttle.failed("a");
    assertThat(throttle.lockedFor("a")).isEmpty();

    throttle.failed("a");

    assertThat(throttle.lockedFor("a")).contains(Duration.ofMinutes(5));
    assertThat(throttle.lockedFor("b")).isEmpty();
  }

  @Test
  void theLockEndsByItselfAndTheCountStartsAgain() {
    for (int i = 0; i < 3; i++) {
      throttle.failed("a");
    }
    clock.advance(Duration.ofMinutes(5));

    assertThat(throttle.lockedFor("a")).isEmpty();
    throttle.failed("a");
    throttle.failed("a");
    assertThat(throttle.lockedFor("a")).as("the count was reset with the lock").isEmpty();
  }

  @Test
  void failuresOlderThanTheWindowAreForgotten() {
    throttle.failed("a");
    throttle.failed("a");
    clock.advance(Duration.ofMinutes(16));

    throttle.failed("a");

    assertThat(throttle.lockedFor("a")).isEmpty();
  }

  static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-03-01T10:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
