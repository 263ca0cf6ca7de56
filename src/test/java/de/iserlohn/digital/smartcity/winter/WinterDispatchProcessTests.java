package de.iserlohn.digital.smartcity.winter;

import static de.iserlohn.digital.smartcity.ingestion.SmartcityFixtures.newDevEui;
import static de.iserlohn.digital.smartcity.ingestion.SmartcityFixtures.newId;
import static de.iserlohn.digital.smartcity.ingestion.SmartcityFixtures.registerDevices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import de.iserlohn.digital.smartcity.ingestion.AssetStates;
import de.iserlohn.digital.smartcity.ingestion.Registry;
import de.iserlohn.digital.smartcity.ingestion.Thresholds;
import de.iserlohn.digital.testsupport.IntegrationTest;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The winter-service dispatch on the real model: class 1 before class 2, end when all clear. */
@IntegrationTest
class WinterDispatchProcessTests {

  @Autowired ProcessEngine engine;
  @Autowired Registry registry;
  @Autowired AssetStates states;
  @Autowired WinterDispatches dispatches;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void setUp() {
    init(engine);
    // one dispatch at a time: no dispatch or road alarm of another test is still open
    engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(WinterDispatchProcess.PROCESS_KEY)
        .list()
        .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test"));
    jdbc.update("delete from sc_asset_state where rule_name = ?", Thresholds.ROAD_ICE);
  }

  private String roadAtRisk(int priorityClass, String state) {
    String id = newId("road");
    registerDevices(
        registry,
        newDevEui()
            + ",DL-WRM,ROAD_SEGMENT,"
            + id
            + ",Baarstraße "
            + priorityClass
            + ",51.37,7.70,Innenstadt,,"
            + priorityClass
            + ",");
    states.save(id, Thresholds.ROAD_ICE, "CLEAR", state, null, -1, Instant.now(), false);
    return id;
  }

  private ProcessInstance dispatch() {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(WinterDispatchProcess.PROCESS_KEY)
        .singleResult();
  }

  @Test
  void classTwoIsServedOnlyAfterClassOneIsDoneAndTheDispatchEndsWhenAllSensorsAreClear() {
    String class1 = roadAtRisk(1, "ICE");
    String class2 = roadAtRisk(2, "ICE");

    dispatches.start("GLAETTE", List.of(1, 2, 3));
    dispatches.start("GLAETTE", List.of(1, 2, 3));
    ProcessInstance dispatch = dispatch();
    assertThat(dispatch.getBusinessKey()).startsWith(WinterDispatchProcess.BUSINESS_KEY);

    assertThat(dispatch).isWaitingAt(WinterDispatchProcess.CONFIRM_ALARM);
    assertThat(task(dispatch))
        .hasName("Glättealarm prüfen und Einsatz freigeben")
        .hasCandidateGroup("stadtbetrieb");
    assertThat(engine.getRuntimeService().getVariable(dispatch.getId(), "roadsAtRiskList"))
        .asString()
        .contains("Baarstraße 1", "Baarstraße 2");
    complete(task(dispatch));

    assertThat(taskQuery().processInstanceId(dispatch.getId()).list())
        .singleElement()
        .satisfies(t -> assertThat(t.getName()).isEqualTo("Streuroute Prioritätsklasse 1 fahren"));
    assertThat(engine.getTaskService().getVariableLocal(task(dispatch).getId(), "classRoads"))
        .asString()
        .contains("Baarstraße 1")
        .doesNotContain("Baarstraße 2");
    complete(task(dispatch));

    assertThat(taskQuery().processInstanceId(dispatch.getId()).list())
        .singleElement()
        .satisfies(t -> assertThat(t.getName()).isEqualTo("Streuroute Prioritätsklasse 2 fahren"));
    complete(task(dispatch));
    assertThat(task(dispatch)).hasName("Streuroute Prioritätsklasse 3 fahren");
    complete(task(dispatch));

    // class-2 road still reports ice: the dispatch waits for the sensors
    assertThat(dispatch).isWaitingAt(WinterDispatchProcess.ALL_ROADS_CLEAR);
    states.save(class1, Thresholds.ROAD_ICE, "ICE", "CLEAR", null, 3, Instant.now(), true);
    dispatches.roadCleared();
    assertThat(dispatch).isWaitingAt(WinterDispatchProcess.ALL_ROADS_CLEAR);
    states.save(class2, Thresholds.ROAD_ICE, "ICE", "CLEAR", null, 3, Instant.now(), true);
    dispatches.roadCleared();

    assertThat(dispatch).isEnded().hasPassed(WinterDispatchProcess.ALL_ROADS_CLEAR);
  }

  @Test
  void aPreWarningServesClassOneOnlyAndEndsAtOnceWhenTheRoadsAreAlreadyClear() {
    String road = roadAtRisk(1, "WARNING");
    dispatches.start("VORWARNUNG", List.of(1));
    ProcessInstance dispatch = dispatch();
    complete(task(dispatch));
    assertThat(task(dispatch)).hasName("Streuroute Prioritätsklasse 1 fahren");
    states.save(road, Thresholds.ROAD_ICE, "WARNING", "CLEAR", null, 3, Instant.now(), true);

    complete(task(dispatch));

    assertThat(dispatch)
        .isEnded()
        .hasPassed(WinterDispatchProcess.DISPATCH_ENDED)
        .hasNotPassed(WinterDispatchProcess.ALL_ROADS_CLEAR);
  }
}
