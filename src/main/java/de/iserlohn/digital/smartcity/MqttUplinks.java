package de.iserlohn.digital.smartcity;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.message.publish.Mqtt3Publish;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subscribes with QoS 1 to the uplink topics of The Things Stack ({@code
 * v3/{app}/devices/{device}/up}) and ChirpStack ({@code
 * application/{id}/device/{devEui}/event/up}). A message is acknowledged to the broker only after
 * the batch that stores it is committed (or when it is rejected for good); if storing fails, the
 * broker delivers it again after a reconnect. The receiving threads do not wait for the commit, so
 * many messages are in flight at once and fill the batches (the broker must allow it: mosquitto's
 * {@code max_inflight_messages}). Vehicle telematics arrive on {@code
 * iserlohn/winterdienst/{vehicle}/telematik} and take the same path as the HTTP endpoint ({@link
 * WinterTelematics}). The session is persistent, so messages published while the application is
 * down are delivered when it comes back.
 */
class MqttUplinks implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(MqttUplinks.class);
  static final String TTS_TOPIC = "v3/+/devices/+/up";
  static final String CHIRPSTACK_TOPIC = "application/+/device/+/event/up";

  /** Vehicle telematics: {@code iserlohn/winterdienst/{vehicle}/telematik}. */
  static final String TELEMATICS_TOPIC = "iserlohn/winterdienst/+/telematik";

  private final UplinkIngestion ingestion;
  private final WinterTelematics telematics;
  private final Clock clock;
  private final Mqtt3AsyncClient client;
  private final ExecutorService workers;

  MqttUplinks(
      UplinkIngestion ingestion,
      WinterTelematics telematics,
      Clock clock,
      String url,
      String clientId,
      int workers) {
    this.ingestion = ingestion;
    this.telematics = telematics;
    this.clock = clock;
    URI uri = URI.create(url);
    var builder =
        MqttClient.builder()
            .useMqttVersion3()
            .identifier(clientId)
            .serverHost(uri.getHost())
            .serverPort(uri.getPort() > 0 ? uri.getPort() : 1883)
            .automaticReconnectWithDefaultConfig();
    if ("ssl".equals(uri.getScheme()) || "mqtts".equals(uri.getScheme())) {
      builder = builder.sslWithDefaultConfig();
    }
    this.client = builder.buildAsync();
    this.workers = Executors.newFixedThreadPool(workers);
  }

  static String newClientId() {
    return "iserlohn-digital-" + UUID.randomUUID().toString().substring(0, 8);
  }

  void start() throws Exception {
    client.connectWith().cleanSession(false).keepAlive(30).send().get(30, TimeUnit.SECONDS);
    for (String topic : new String[] {TTS_TOPIC, CHIRPSTACK_TOPIC, TELEMATICS_TOPIC}) {
      client
          .subscribeWith()
          .topicFilter(topic)
          .qos(MqttQos.AT_LEAST_ONCE)
          .callback(this::handle)
          .executor(workers)
          .manualAcknowledgement(true)
          .send()
          .get(30, TimeUnit.SECONDS);
    }
    LOG.info("MQTT uplink subscription active");
  }

  private void handle(Mqtt3Publish message) {
    String topic = message.getTopic().toString();
    String body = new String(message.getPayloadAsBytes(), StandardCharsets.UTF_8);
    if (topic.startsWith("iserlohn/winterdienst/")) {
      handleTelematics(message, topic, body);
      return;
    }
    Uplink uplink;
    try {
      uplink =
          topic.startsWith("v3/")
              ? UplinkFormats.theThingsStack(body, clock.instant())
              : UplinkFormats.chirpStack(body, clock.instant());
    } catch (RejectedUplink e) {
      // counted and logged; a bad message will not get better by redelivery
      ingestion.rejected(e);
      message.acknowledge();
      return;
    }
    // acknowledged after the commit of its batch (or when rejected for good); a storage error
    // leaves it unacknowledged: the broker delivers it again after the next reconnect
    ingestion
        .submit(uplink)
        .whenComplete(
            (result, error) -> {
              if (error == null || error instanceof RejectedUplink) {
                message.acknowledge();
              } else {
                LOG.error("Storing MQTT uplink from {} failed, left unacknowledged", topic, error);
              }
            });
  }

  /** The same path as {@code POST /api/telematics/winter}; bad records are logged and dropped. */
  private void handleTelematics(Mqtt3Publish message, String topic, String body) {
    try {
      telematics.record(body);
      message.acknowledge();
    } catch (de.iserlohn.digital.platform.web.InvalidInputException e) {
      LOG.warn("Telematics on {} rejected: {}", topic, e.getMessage());
      message.acknowledge();
    } catch (RuntimeException e) {
      LOG.error("Storing telematics from {} failed, left unacknowledged", topic, e);
    }
  }

  @Override
  public void close() {
    try {
      client.disconnect().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      LOG.info("MQTT disconnect: {}", e.getMessage());
    }
    workers.shutdown();
  }
}
