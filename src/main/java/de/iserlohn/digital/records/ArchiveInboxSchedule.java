package de.iserlohn.digital.records;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Reads the archive's inbox every {@code iserlohn.records.archive.poll-interval}; zero: not by
 * schedule ({@link ArchiveInbox#poll()} is called by tests).
 */
@Configuration
class ArchiveInboxSchedule implements SchedulingConfigurer {

  private final ArchiveInbox inbox;
  private final RecordsProperties properties;

  ArchiveInboxSchedule(ArchiveInbox inbox, RecordsProperties properties) {
    this.inbox = inbox;
    this.properties = properties;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    var interval = properties.archive().pollInterval();
    if (!interval.isZero() && !interval.isNegative()) {
      registrar.addFixedDelayTask(inbox::poll, interval);
    }
  }
}
