package de.iserlohn.digital.smartcity.waste;

import static de.iserlohn.digital.smartcity.ingestion.SmartcityFixtures.newDevEui;
import static de.iserlohn.digital.smartcity.ingestion.SmartcityFixtures.newId;
import static de.iserlohn.digital.smartcity.ingestion.SmartcityFixtures.registerDevices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import de.iserlohn.digital.platform.web.CityTime;
import de.iserlohn.digital.smartcity.ingestion.AssetStates;
import de.iserlohn.digital.smartcity.ingestion.Registry;
import de.iserlohn.digital.smartcity.ingestion.Thresholds;
import de.iserlohn.digital.testsupport.IntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The daily pickup per district and the urgent single pickup, on the real models. */
@IntegrationTest
class WastePickupProcessTests {

  @Autowired ProcessEngine engine;
  @Autowired Registry registry;
  @Autowired AssetStates states;
  @Autowired WastePickups pickups;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  /** Three bins in a new district, the first two due, the third overflowing. */
  private List<String> binsInState(String district, String... stateOfBin) {
    List<String> ids = new java.util.ArrayList<>();
    for (int i = 0; i < stateOfBin.length; i++) {
      String id = newId("bin");
      registerDevices(
          registry,
          newDevEui()
              + ",DL-MBX,WASTE_BIN,"
              + id
              + ",Tonne "
              + i
              + ","
              + (51.37 + i * 0.01)
              + ",7.70,"
              + district
              + ",1000,,");
      states.save(id, Thresholds.WASTE_FILL, "OK", stateOfBin[i], null, 85, Instant.now(), false);
      ids.add(id);
    }
    return ids;
  }

  private ProcessInstance pickup(String businessKey) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(WastePickupProcess.PROCESS_KEY)
        .processInstanceBusinessKey(businessKey)
        .singleResult();
  }

  private void reportEmpty(String binId) {
    pickups.binEmptied(binId);
  }

  @Test
  void theDailyTimerPlansOneRoutePerDistrictAndStopsCloseWhenTheBinsReportEmpty() {
    String district = newId("Bezirk");
    List<String> bins = binsInState(district, "DUE", "DUE", "OVERFLOW");

    var timer =
        engine
            .getManagementService()
            .createJobQuery()
            .processDefinitionKey(WastePickupProcess.SCHEDULE_PROCESS_KEY)
            .timers()
            .singleResult();
    assertThat(timer).as("daily timer of the pickup schedule").isNotNull();
    engine.getManagementService().executeJob(timer.getId());

    String key =
        WastePickupProcess.BUSINESS_KEY_DAILY + district + ":" + LocalDate.now(CityTime.ZONE);
    ProcessInstance route = pickup(key);
    assertThat(route).isWaitingAt(WastePickupProcess.PLAN_ROUTE);
    // the schedule starts a district once per day
    assertThat(pickups.startDaily()).doesNotContain(district);

    execute(job(route));
    assertThat(route)
        .isWaitingAt(WastePickupProcess.DRIVE_ROUTE, WastePickupProcess.AWAIT_BIN_EMPTIED);
    assertThat(task(route))
        .hasName("Abfuhrtour fahren: " + district)
        .hasCandidateGroup("stadtbetrieb")
        .hasDueDate(java.util.Date.from(CityTime.at(LocalDate.now(CityTime.ZONE), 15)));
    @SuppressWarnings("unchecked")
    List<String> stops =
        (List<String>)
            engine.getRuntimeService().getVariable(route.getId(), WastePickupProcess.VAR_STOPS);
    // the solver drives from the depot outwards along the line of bins
    assertThat(stops).containsExactlyInAnyOrderElementsOf(bins);
    assertThat(
            engine.getRuntimeService().getVariable(route.getId(), WastePickupProcess.VAR_STOP_LIST))
        .asString()
        .startsWith("1. Tonne ")
        .contains(bins.get(0), bins.get(1), bins.get(2));

    reportEmpty(bins.get(1));
    reportEmpty(bins.get(0));
    assertThat(route).isWaitingAt(WastePickupProcess.DRIVE_ROUTE);
    reportEmpty(bins.get(2));

    assertThat(route).isEnded().hasPassed(WastePickupProcess.ALL_BINS_EMPTIED);
    // the crew's task was withdrawn, not completed
    assertThat(
            engine
                .getHistoryService()
                .createHistoricTaskInstanceQuery()
                .processInstanceId(route.getId())
                .singleResult()
                .getDeleteReason())
        .isNotEqualTo("completed");
  }

  @Test
  void theCrewConfirmsTheRouteAndTheRemainingStopsAreClosed() {
    String district = newId("Bezirk");
    List<String> bins = binsInState(district, "DUE", "DUE");
    assertThat(pickups.startDaily()).contains(district);
    ProcessInstance route =
        pickup(
            WastePickupProcess.BUSINESS_KEY_DAILY + district + ":" + LocalDate.now(CityTime.ZONE));
    execute(job(route));
    reportEmpty(bins.get(0));
    assertThat(route)
        .isWaitingAt(WastePickupProcess.DRIVE_ROUTE, WastePickupProcess.AWAIT_BIN_EMPTIED);

    complete(task(route), withVariables("crewNote", "Tonne 1 beschädigt"));

    assertThat(route).isEnded().hasPassed(WastePickupProcess.ROUTE_CONFIRMED);
    assertThat(route).hasNotPassed(WastePickupProcess.ALL_BINS_EMPTIED);
  }

  @Test
  void anOverflowingBinGetsOneUrgentSinglePickup() {
    String district = newId("Bezirk");
    String bin = binsInState(district, "OVERFLOW").get(0);
    pickups.startUrgent(bin, district);
    pickups.startUrgent(bin, district);

    List<ProcessInstance> urgent =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey(WastePickupProcess.PROCESS_KEY)
            .variableValueEquals(WastePickupProcess.VAR_ASSET_ID, bin)
            .list();
    assertThat(urgent).hasSize(1);
    ProcessInstance route = urgent.get(0);
    assertThat(route.getBusinessKey()).startsWith(WastePickupProcess.BUSINESS_KEY_URGENT + bin);
    execute(job(route));
    assertThat(task(route))
        .hasName("Abfuhrtour fahren: dringende Leerung " + bin + " (" + district + ")");
    assertThat(task(route).getDueDate())
        .isCloseTo(java.util.Date.from(Instant.now().plus(4, ChronoUnit.HOURS)), 60_000);
    assertThat(engine.getRuntimeService().getVariable(route.getId(), WastePickupProcess.VAR_STOPS))
        .isEqualTo(List.of(bin));

    reportEmpty(bin);
    assertThat(route).isEnded().hasPassed(WastePickupProcess.ALL_BINS_EMPTIED);
  }
}
