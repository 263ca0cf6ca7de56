package de.iserlohn.digital.invoice;

import de.iserlohn.digital.platform.cluster.ClusterLease;
import de.iserlohn.digital.platform.cluster.ClusterLeases;
import jakarta.annotation.PreDestroy;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Polls the invoice inbox every {@code iserlohn.invoice.imap.poll-interval} when an inbox is
 * configured; without {@code iserlohn.invoice.imap.url} nothing runs (the run command needs no mail
 * server). In a cluster only the holder of the lease {@code invoice-imap-inbox} polls (ADR 0076);
 * another node takes it over when the holder dies.
 */
@Configuration
class InvoiceMailboxSchedule implements SchedulingConfigurer {

  private final InvoiceProperties properties;
  private final InvoiceMailbox mailbox;
  private final ClusterLeases leases;
  private ClusterLease lease;

  InvoiceMailboxSchedule(
      InvoiceProperties properties, InvoiceMailbox mailbox, ClusterLeases leases) {
    this.properties = properties;
    this.mailbox = mailbox;
    this.leases = leases;
  }

  @PreDestroy
  void stop() {
    if (lease != null) {
      lease.release();
    }
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    if (properties.imap().scheduled()) {
      lease = leases.lease("invoice-imap-inbox", properties.imap().pollInterval());
      registrar.addFixedDelayTask(
          () -> {
            if (lease.renew()) {
              mailbox.poll();
            }
          },
          properties.imap().pollInterval());
    }
  }
}
