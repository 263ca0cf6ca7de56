package de.iserlohn.digital.smartcity.ingestion;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import de.iserlohn.digital.platform.cluster.DatabaseUnavailable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
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
 *
 * <p>In a cluster (ADR 0078) every node subscribes through the MQTT 5 shared subscription {@code
 * $share/<group>/<topic>}: the broker hands each message to one node of the group. A message whose
 * storing failed (database unreachable) stays unacknowledged and is stored again after a pause (1
 * s, doubling up to 30 s) until it is committed; a node that dies with unacknowledged messages gets
 * them again when it reconnects with its client id (persistent session, QoS 1 redelivery).
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
  private final Mqtt5AsyncClient client;
  private final ExecutorService workers;
  private final String shareGroup;
  private final ScheduledExecutorService retries =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "mqtt-uplink-retry");
            t.setDaemon(true);
            return t;
          });
  private volatile boolean open = true;

  MqttUplinks(
      UplinkIngestion ingestion,
      WinterTelematics telematics,
      Clock clock,
      String url,
      String clientId,
      int workers,
      String shareGroup) {
    this.shareGroup = shareGroup;
    this.ingestion = ingestion;
    this.telematics = telematics;
    this.clock = clock;
    URI uri = URI.create(url);
    var builder =
        MqttClient.builder()
            .useMqttVersion5()
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
    // before connecting: a resumed session delivers the messages kept for this node right after
    // the connection is accepted, before any subscription's own callback would be registered
    client.publishes(MqttGlobalPublishFilter.ALL, this::handle, workers, true);
    client
        .connectWith()
        .cleanStart(false)
        .sessionExpiryInterval(SESSION_EXPIRY_SECONDS)
        .keepAlive(30)
        .send()
        .get(30, TimeUnit.SECONDS);
    for (String topic : new String[] {TTS_TOPIC, CHIRPSTACK_TOPIC, TELEMATICS_TOPIC}) {
      client
          .subscribeWith()
          .topicFilter(filter(topic))
          .qos(MqttQos.AT_LEAST_ONCE)
          .send()
          .get(30, TimeUnit.SECONDS);
    }
    LOG.info(
        "MQTT uplink subscription active{}",
        shareGroup == null || shareGroup.isBlank() ? "" : " (shared, group " + shareGroup + ")");
  }

  /** A node keeps its session (and its unacknowledged messages) this long while it is away. */
  static final long SESSION_EXPIRY_SECONDS = 7 * 24 * 3600;

  /** {@code $share/<group>/<topic>}, or the topic itself without a group. */
  String filter(String topic) {
    return shareGroup == null || shareGroup.isBlank()
        ? topic
        : "$share/" + shareGroup + "/" + topic;
  }

  private void handle(Mqtt5Publish message) {
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
    store(message, topic, uplink, 0);
  }

  /**
   * Acknowledged after the commit of its batch (or when rejected for good); a storage error leaves
   * it unacknowledged and it is stored again after a pause (a replay meanwhile is a DUPLICATE).
   */
  private void store(Mqtt5Publish message, String topic, Uplink uplink, int attempt) {
    ingestion
        .submit(uplink)
        .whenComplete(
            (result, error) -> {
              if (error == null || error instanceof RejectedUplink) {
                message.acknowledge();
              } else {
                failed(topic, error, attempt, () -> store(message, topic, uplink, attempt + 1));
              }
            });
  }

  /** The same path as {@code POST /api/telematics/winter}; bad records are logged and dropped. */
  private void handleTelematics(Mqtt5Publish message, String topic, String body) {
    handleTelematics(message, topic, body, 0);
  }

  private void handleTelematics(Mqtt5Publish message, String topic, String body, int attempt) {
    try {
      telematics.record(body);
      message.acknowledge();
    } catch (de.iserlohn.digital.platform.web.InvalidInputException e) {
      LOG.warn("Telematics on {} rejected: {}", topic, e.getMessage());
      message.acknowledge();
    } catch (RuntimeException e) {
      failed(
          topic,
          e,
          attempt,
          () -> workers.execute(() -> handleTelematics(message, topic, body, attempt + 1)));
    }
  }

  /** Left unacknowledged; tried again after 1 s, 2 s, 4 s ... at most 30 s. */
  private void failed(String topic, Throwable error, int attempt, Runnable again) {
    if (!open) {
      return; // the broker delivers it again to this node's session or to another node
    }
    long delay = Math.min(30_000L, 1000L << Math.min(attempt, 5));
    if (DatabaseUnavailable.causedBy(error)) {
      LOG.warn(
          "Database unreachable, MQTT message from {} not acknowledged; again in {} ms",
          topic,
          delay);
    } else {
      LOG.error(
          "Storing MQTT message from {} failed, not acknowledged; again in {} ms",
          topic,
          delay,
          error);
    }
    try {
      retries.schedule(again, delay, TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.RejectedExecutionException stopped) {
      // shutting down: the message stays unacknowledged
    }
  }

  @Override
  public void close() {
    open = false;
    retries.shutdownNow();
    try {
      // a node that stops normally leaves the share group: the broker stops handing it messages
      for (String topic : new String[] {TTS_TOPIC, CHIRPSTACK_TOPIC, TELEMATICS_TOPIC}) {
        client.unsubscribeWith().topicFilter(filter(topic)).send().get(5, TimeUnit.SECONDS);
      }
    } catch (Exception e) {
      LOG.info("MQTT unsubscribe: {}", e.getMessage());
    }
    try {
      client.disconnect().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      LOG.info("MQTT disconnect: {}", e.getMessage());
    }
    workers.shutdown();
  }
}
