package de.iserlohn.digital.smartcity.maintenance;

import static de.iserlohn.digital.smartcity.maintenance.MaintenanceProcess.*;

import de.iserlohn.digital.platform.cluster.ProcessClaims;
import de.iserlohn.digital.smartcity.ingestion.Registry;
import de.iserlohn.digital.smartcity.ingestion.SmartcityProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The periodic device check: one maintenance process per unhealthy device (business key {@code
 * wartung:<DevEUI>}), however many readings or checks see the problem; a device that is healthy
 * again ends its open maintenance (message {@code DeviceHealthy}).
 */
@Component
class DeviceMaintenance {

  /** What one check did. */
  record Outcome(int started, int cleared) {}

  private final Registry registry;
  private final RuntimeService runtime;
  private final Clock clock;
  private final DeviceHealth health;
  private final ProcessClaims claims;

  DeviceMaintenance(
      Registry registry,
      RuntimeService runtime,
      Clock clock,
      SmartcityProperties properties,
      ProcessClaims claims) {
    this.claims = claims;
    this.registry = registry;
    this.runtime = runtime;
    this.clock = clock;
    this.health = new DeviceHealth(properties.maintenance());
  }

  /** One check; a device's maintenance is started once across all nodes (ADR 0075). */
  Outcome check() {
    Instant now = clock.instant();
    Set<String> open =
        runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).list().stream()
            .map(ProcessInstance::getBusinessKey)
            .collect(Collectors.toSet());
    int started = 0;
    int cleared = 0;
    for (Registry.Device device : registry.devices()) {
      String key = BUSINESS_KEY + device.devEui();
      Optional<String> problem = health.problem(device, now);
      if (problem.isPresent() && !open.contains(key)) {
        boolean startedNow =
            claims
                .startUnlessRunning(
                    PROCESS_KEY,
                    key,
                    () ->
                        runtime
                            .startProcessInstanceByKey(
                                PROCESS_KEY,
                                key,
                                Variables.createVariables()
                                    .putValue(VAR_DEV_EUI, device.devEui())
                                    .putValue(VAR_DEVICE_LABEL, label(device))
                                    .putValue(VAR_PROBLEM, problem.get()))
                            .getId())
                .started();
        started += startedNow ? 1 : 0;
      } else if (problem.isEmpty() && open.contains(key)) {
        runtime
            .createMessageCorrelation(MESSAGE_DEVICE_HEALTHY)
            .processInstanceBusinessKey(key)
            .correlateAll();
        cleared++;
      }
    }
    return new Outcome(started, cleared);
  }

  private String label(Registry.Device device) {
    String where =
        registry.asset(device.assetId()).map(a -> a.name() + ", " + a.district()).orElse("");
    return device.type().code()
        + " "
        + device.devEui()
        + (where.isEmpty() ? "" : " (" + where + ")");
  }
}
