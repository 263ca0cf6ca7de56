package de.iserlohn.digital.invoice;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Polls the invoice inbox every {@code iserlohn.invoice.imap.poll-interval} when an inbox is
 * configured; without {@code iserlohn.invoice.imap.url} nothing runs (the run command needs no mail
 * server).
 */
@Configuration
class InvoiceMailboxSchedule implements SchedulingConfigurer {

  private final InvoiceProperties properties;
  private final InvoiceMailbox mailbox;

  InvoiceMailboxSchedule(InvoiceProperties properties, InvoiceMailbox mailbox) {
    this.properties = properties;
    this.mailbox = mailbox;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    if (properties.imap().scheduled()) {
      registrar.addFixedDelayTask(mailbox::poll, properties.imap().pollInterval());
    }
  }
}
