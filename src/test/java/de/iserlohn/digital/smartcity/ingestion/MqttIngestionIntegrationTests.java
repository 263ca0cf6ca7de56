package de.iserlohn.digital.smartcity.ingestion;

import static de.iserlohn.digital.smartcity.ingestion.SmartcityFixtures.chirpStack;
import static de.iserlohn.digital.smartcity.ingestion.SmartcityFixtures.csv;
import static de.iserlohn.digital.smartcity.ingestion.SmartcityFixtures.newDevEui;
import static de.iserlohn.digital.smartcity.ingestion.SmartcityFixtures.newId;
import static de.iserlohn.digital.smartcity.ingestion.SmartcityFixtures.tts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;
import de.iserlohn.digital.smartcity.MosquittoBroker;
import de.iserlohn.digital.testsupport.IntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Uplinks through a real mosquitto broker into the application, in both topic layouts. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MqttIngestionIntegrationTests {

  @Autowired UplinkIngestion ingestion;
  @Autowired WinterTelematics telematics;
  @Autowired WinterLog winterLog;
  @Autowired Registry registry;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;
  @Autowired MeterRegistry meters;

  MosquittoBroker broker;
  MqttUplinks subscription;
  Mqtt3BlockingClient publisher;

  @BeforeAll
  void startBroker() throws Exception {
    broker = MosquittoBroker.start();
    subscription =
        new MqttUplinks(
            ingestion, telematics, clock, broker.url(), MqttUplinks.newClientId(), 2, "test-group");
    subscription.start();
    publisher =
        MqttClient.builder()
            .useMqttVersion3()
            .identifier("test-publisher-" + UUID.randomUUID())
            .serverHost("127.0.0.1")
            .serverPort(broker.port)
            .buildBlocking();
    publisher.connect();
  }

  @AfterAll
  void stopBroker() throws Exception {
    publisher.disconnect();
    subscription.close();
    broker.close();
  }

  private String bin(String devEui, String type) {
    String assetId = newId("bin");
    registry.importRows(
        RegistryCsv.parse(
            csv(
                devEui
                    + ","
                    + type
                    + ",WASTE_BIN,"
                    + assetId
                    + ",Papierkorb Poth,51.375,7.695,Innenstadt,1200,,")));
    return assetId;
  }

  private void publish(String topic, String body) {
    publisher
        .publishWith()
        .topic(topic)
        .qos(MqttQos.AT_LEAST_ONCE)
        .payload(body.getBytes(StandardCharsets.UTF_8))
        .send();
  }

  private long measurements(String assetId) {
    return jdbc.queryForObject(
        "select count(*) from sc_measurement where asset_id = ?", Long.class, assetId);
  }

  @Test
  void theThingsStackTopicWithRepeatedDeliveryStoresOnce() {
    String devEui = newDevEui();
    String assetId = bin(devEui, "DL-MBX");
    String uplink = tts(devEui, 7, 1, "02012f000304d200010bb1", "2026-11-21T06:30:00Z");

    for (int i = 0; i < 5; i++) {
      publish("v3/iserlohn-sensors@ttn/devices/eui-" + devEui.toLowerCase() + "/up", uplink);
    }
    publish(
        "v3/iserlohn-sensors@ttn/devices/eui-" + devEui.toLowerCase() + "/up",
        tts(devEui, 8, 1, "02012f00030100000109c4", "2026-11-21T06:40:00Z"));

    await().atMost(Duration.ofSeconds(20)).until(() -> measurements(assetId) == 8);
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(registry.device(devEui).orElseThrow().lastSeen())
                    .hasToString("2026-11-21T06:40:00Z"));
    assertThat(measurements(assetId)).isEqualTo(8);
  }

  @Test
  void chirpStackTopicAndABadMessageDoNotStopTheSubscription() {
    String devEui = newDevEui();
    String assetId = bin(devEui, "EM310-UDL");
    var rejected = meters.counter("smartcity.uplinks.rejected", "reason", "malformed_json");
    double before = rejected.count();

    publish("application/17c82e96/device/" + devEui.toLowerCase() + "/event/up", "not json");
    publish(
        "application/17c82e96/device/" + devEui.toLowerCase() + "/event/up",
        chirpStack(
            UUID.randomUUID().toString(),
            devEui,
            1,
            85,
            "01755C03824408040001",
            "2026-11-21T07:00:00Z"));

    await().atMost(Duration.ofSeconds(20)).until(() -> measurements(assetId) == 4);
    assertThat(rejected.count() - before).isEqualTo(1);
  }

  @Test
  void vehicleTelematicsOverMqttGoIntoTheSameHashChainOnceEach() {
    String vehicle = newId("WD");
    String topic = "iserlohn/winterdienst/" + vehicle + "/telematik";
    String first =
        """
        {"vehicleId":"%s","time":"2026-01-12T04:10:00Z","lat":51.3755,"lon":7.6955,\
        "ploughDown":true,"spreaderOn":true}"""
            .formatted(vehicle);
    publish(topic, first);
    publish(topic, first);
    publish(topic, "{\"vehicleId\":\"" + vehicle + "\"}");
    publish(
        topic,
        """
        {"vehicleId":"%s","time":"2026-01-12T04:11:00Z","lat":51.3760,"lon":7.6960,\
        "ploughDown":false,"spreaderOn":true}"""
            .formatted(vehicle));

    java.time.LocalDate day = java.time.LocalDate.parse("2026-01-12");
    await().atMost(Duration.ofSeconds(20)).until(() -> winterLog.day(vehicle, day).size() == 2);
    var chain = winterLog.day(vehicle, day);
    assertThat(chain).extracting(WinterLogChain.Entry::seq).containsExactly(1, 2);
    assertThat(chain.get(1).previousHash()).isEqualTo(chain.get(0).hash());
    assertThat(WinterLogChain.verify(chain).intact()).isTrue();
    // the HTTP path appends to the same chain and knows the record the broker delivered
    assertThat(telematics.record(first).seq()).isEqualTo(1);
  }
}
