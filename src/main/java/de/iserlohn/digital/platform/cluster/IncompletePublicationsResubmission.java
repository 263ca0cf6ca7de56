package de.iserlohn.digital.platform.cluster;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands domain events whose listener failed (database outage, SMTP down, a node killed in the
 * middle) to their listeners again: every {@code iserlohn.cluster.resubmit-interval} (1 min) the
 * holder of the lease {@code event-publication-resubmission} resubmits the publications older than
 * {@code iserlohn.cluster.resubmit-after} (2 min), so that a publication another node is still
 * working on is not handed out twice. Replaces the republication on restart, which in a cluster
 * would hand out the other nodes' publications in flight (ADR 0077).
 */
@Component
class IncompletePublicationsResubmission {

  private final IncompleteEventPublications publications;
  private final ClusterLease lease;
  private final Duration olderThan;

  IncompletePublicationsResubmission(
      IncompleteEventPublications publications,
      ClusterLeases leases,
      @Value("${iserlohn.cluster.resubmit-interval:PT1M}") Duration interval,
      @Value("${iserlohn.cluster.resubmit-after:PT2M}") Duration olderThan) {
    this.publications = publications;
    this.lease = leases.lease("event-publication-resubmission", interval);
    this.olderThan = olderThan;
  }

  @Scheduled(
      fixedDelayString = "${iserlohn.cluster.resubmit-interval:PT1M}",
      initialDelayString = "${iserlohn.cluster.resubmit-interval:PT1M}")
  void resubmit() {
    if (lease.renew()) {
      publications.resubmitIncompletePublicationsOlderThan(olderThan);
    }
  }
}
