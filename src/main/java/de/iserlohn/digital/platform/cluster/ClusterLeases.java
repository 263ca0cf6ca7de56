package de.iserlohn.digital.platform.cluster;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Makes {@link ClusterLease}s on ShedLock's JDBC lock provider (table {@code shedlock}, database
 * time, so the nodes' clocks do not decide who holds a lease; ADR 0076). Each node is named by
 * {@code iserlohn.cluster.node-id} (default: host name and process id), so that two nodes on one
 * host are told apart.
 */
@Component
public class ClusterLeases {

  private final LockProvider provider;
  private final Clock clock;
  private final String nodeId;
  private final Duration minimum;

  ClusterLeases(
      DataSource dataSource,
      Clock clock,
      @Value("${iserlohn.cluster.node-id:}") String nodeId,
      @Value("${iserlohn.cluster.lease-duration:PT30S}") Duration minimum) {
    this.nodeId = nodeId.isBlank() ? defaultNodeId() : nodeId;
    this.minimum = minimum;
    this.clock = clock;
    this.provider =
        new JdbcTemplateLockProvider(
            JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .withLockedByValue(this.nodeId)
                .usingDbTime()
                .build());
  }

  /**
   * A lease of this name. A holder that stops renewing keeps it for {@code
   * iserlohn.cluster.lease-duration} (30 s), at least three renewal intervals; then another node
   * takes it over.
   *
   * @param renewEvery the holder's pause between two renewals (its poll interval)
   */
  public ClusterLease lease(String name, Duration renewEvery) {
    Duration threeRuns = renewEvery.multipliedBy(3);
    return new ClusterLease(
        provider, clock, name, threeRuns.compareTo(minimum) > 0 ? threeRuns : minimum);
  }

  /** This node's name in the lease table. */
  public String nodeId() {
    return nodeId;
  }

  private static String defaultNodeId() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "node";
    }
    return host + "-" + ManagementFactory.getRuntimeMXBean().getPid();
  }
}
