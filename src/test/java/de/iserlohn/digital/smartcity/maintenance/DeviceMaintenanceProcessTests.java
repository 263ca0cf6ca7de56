package de.iserlohn.digital.smartcity.maintenance;

import static de.iserlohn.digital.smartcity.ingestion.SmartcityFixtures.newDevEui;
import static de.iserlohn.digital.smartcity.ingestion.SmartcityFixtures.newId;
import static de.iserlohn.digital.smartcity.ingestion.SmartcityFixtures.registerDevices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import de.iserlohn.digital.smartcity.ingestion.Registry;
import de.iserlohn.digital.testsupport.IntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One maintenance task per unhealthy device, closed by the device itself or by the crew. */
@IntegrationTest
class DeviceMaintenanceProcessTests {

  @Autowired ProcessEngine engine;
  @Autowired Registry registry;
  @Autowired DeviceMaintenance maintenance;
  @Autowired Clock clock;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  private String device(String type) {
    String devEui = newDevEui();
    registerDevices(
        registry,
        devEui
            + ","
            + type
            + ",WASTE_BIN,"
            + newId("bin")
            + ",Tonne Bahnhof,51.37,7.70,Innenstadt,1000,,");
    return devEui;
  }

  private List<ProcessInstance> maintenanceOf(String devEui) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(MaintenanceProcess.PROCESS_KEY)
        .processInstanceBusinessKey(MaintenanceProcess.BUSINESS_KEY + devEui)
        .list();
  }

  @Test
  void aSilentDeviceGetsOneTaskThatClosesWhenItReportsAgain() {
    String devEui = device("DL-MBX");
    // DL-MBX reports every 10 min: silent after 30 min
    registry.seen(devEui, clock.instant().minus(Duration.ofMinutes(29)), 3.0, "V");
    maintenance.check();
    assertThat(maintenanceOf(devEui)).isEmpty();

    jdbcSetLastSeen(devEui, Duration.ofMinutes(31));
    maintenance.check();
    maintenance.check();

    assertThat(maintenanceOf(devEui)).hasSize(1);
    ProcessInstance instance = maintenanceOf(devEui).get(0);
    assertThat(instance).isWaitingAt(MaintenanceProcess.MAINTAIN_DEVICE);
    assertThat(task(instance))
        .hasName("Sensor warten: DL-MBX " + devEui + " (Tonne Bahnhof, Innenstadt)")
        .hasCandidateGroup("stadtbetrieb");
    assertThat(
            engine
                .getRuntimeService()
                .getVariable(instance.getId(), MaintenanceProcess.VAR_PROBLEM))
        .asString()
        .startsWith("meldet sich seit 31 Minuten nicht");

    registry.seen(devEui, clock.instant(), 3.0, "V");
    maintenance.check();

    assertThat(instance).isEnded().hasPassed(MaintenanceProcess.MAINTENANCE_OBSOLETE);
  }

  @Test
  void aLowBatteryGetsOneTaskThatTheCrewCloses() {
    String devEui = device("EM310-UDL");
    registry.seen(devEui, clock.instant(), 12.0, "%");
    maintenance.check();
    maintenance.check();

    assertThat(maintenanceOf(devEui)).hasSize(1);
    ProcessInstance instance = maintenanceOf(devEui).get(0);
    assertThat(
            engine
                .getRuntimeService()
                .getVariable(instance.getId(), MaintenanceProcess.VAR_PROBLEM))
        .isEqualTo("Batterie schwach (12.0 %)");

    complete(task(instance));
    assertThat(instance).isEnded().hasPassed(MaintenanceProcess.MAINTENANCE_DONE);
  }

  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  private void jdbcSetLastSeen(String devEui, Duration ago) {
    jdbc.update(
        "update sc_device set last_seen = ? where dev_eui = ?",
        java.sql.Timestamp.from(clock.instant().minus(ago)),
        devEui);
  }
}
