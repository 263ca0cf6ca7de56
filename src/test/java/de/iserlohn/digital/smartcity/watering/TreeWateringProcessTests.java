package de.iserlohn.digital.smartcity.watering;

import static de.iserlohn.digital.smartcity.ingestion.SmartcityFixtures.TOKEN;
import static de.iserlohn.digital.smartcity.ingestion.SmartcityFixtures.newDevEui;
import static de.iserlohn.digital.smartcity.ingestion.SmartcityFixtures.newId;
import static de.iserlohn.digital.smartcity.ingestion.SmartcityFixtures.registerDevices;
import static de.iserlohn.digital.smartcity.ingestion.SmartcityFixtures.trs21;
import static de.iserlohn.digital.smartcity.ingestion.SmartcityFixtures.tts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import de.iserlohn.digital.smartcity.ingestion.Registry;
import de.iserlohn.digital.testsupport.IntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tree watering on the real model, driven by uplinks through the webhook: two dry readings put a
 * tree into its district's order of the day, the next moist readings confirm the watering.
 */
@IntegrationTest
class TreeWateringProcessTests {

  static final String DAY = "2026-07-14";

  @Autowired ProcessEngine engine;
  @Autowired Registry registry;
  @Autowired TreeWaterings waterings;
  @Autowired TestRestTemplate http;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  private String tree(String devEui, String district) {
    String id = newId("tree");
    registerDevices(
        registry,
        devEui + ",DL-TRS21,TREE," + id + ",Linde " + id + ",51.37,7.70," + district + ",,,2024");
    return id;
  }

  private void reading(String devEui, int fCnt, double kpa, String time) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setBearerAuth(TOKEN);
    assertThat(
            http.postForEntity(
                    "/api/lorawan/ttn",
                    new HttpEntity<>(tts(devEui, fCnt, 1, trs21(kpa), time), headers),
                    String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  private List<ProcessInstance> orders(String district) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(TreeWateringProcess.PROCESS_KEY)
        .processInstanceBusinessKeyLike(TreeWateringProcess.BUSINESS_KEY + district + ":%")
        .list();
  }

  @Test
  void twoDryReadingsOrderWateringOneTaskPerDistrictAndDayAndMoistReadingsConfirmIt() {
    String district = newId("Bezirk");
    String sensorA = newDevEui();
    String sensorB = newDevEui();
    String treeA = tree(sensorA, district);
    String treeB = tree(sensorB, district);

    reading(sensorA, 1, 40, DAY + "T04:00:00Z");
    // one dry reading is not confirmed: no order (wait for the event that did not come)
    await()
        .during(Duration.ofMillis(500))
        .atMost(Duration.ofSeconds(2))
        .until(() -> orders(district).isEmpty());

    reading(sensorA, 2, 90, DAY + "T05:00:00Z");
    await().atMost(Duration.ofSeconds(10)).until(() -> orders(district).size() == 1);
    ProcessInstance order = orders(district).get(0);
    assertThat(order.getBusinessKey())
        .isEqualTo(TreeWateringProcess.BUSINESS_KEY + district + ":" + DAY);
    assertThat(order).isWaitingAt(TreeWateringProcess.WATER_TREES);
    assertThat(task(order)).hasName("Bäume gießen: " + district).hasCandidateGroup("stadtbetrieb");

    // a second tree of the district the same day joins the open task
    reading(sensorB, 1, 50, DAY + "T06:00:00Z");
    reading(sensorB, 2, 55, DAY + "T07:00:00Z");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                String.valueOf(
                        engine
                            .getRuntimeService()
                            .getVariable(order.getId(), TreeWateringProcess.VAR_TREE_LIST))
                    .contains(treeB));
    assertThat(orders(district)).hasSize(1);
    assertThat(
            String.valueOf(
                engine
                    .getRuntimeService()
                    .getVariable(order.getId(), TreeWateringProcess.VAR_TREE_LIST)))
        .contains(treeA);

    complete(task(order));
    assertThat(order).isWaitingAt(TreeWateringProcess.AWAIT_WATERING_CONFIRMED);

    reading(sensorA, 3, 10, DAY + "T18:00:00Z");
    reading(sensorA, 4, 9, DAY + "T19:00:00Z");
    reading(sensorB, 3, 12, DAY + "T18:00:00Z");
    assertThat(order).isWaitingAt(TreeWateringProcess.AWAIT_WATERING_CONFIRMED);
    reading(sensorB, 4, 11, DAY + "T19:00:00Z");

    await().atMost(Duration.ofSeconds(10)).until(() -> orders(district).isEmpty());
    assertThat(order).isEnded().hasPassed(TreeWateringProcess.WATERING_CONFIRMED);
  }

  @Test
  void withoutConfirmationWithinThreeDaysTheWateringIsChecked() {
    String district = newId("Bezirk");
    String tree = tree(newDevEui(), district);
    waterings.order(tree, district, LocalDate.parse(DAY));
    ProcessInstance order = orders(district).get(0);
    complete(task(order));

    execute(job(order));

    assertThat(order).isWaitingAt(TreeWateringProcess.CHECK_WATERING);
    assertThat(task(order)).hasName("Bewässerung prüfen: " + district);
    complete(task(order));
    assertThat(order).isEnded().hasPassed(TreeWateringProcess.WATERING_CHECKED);
  }
}
