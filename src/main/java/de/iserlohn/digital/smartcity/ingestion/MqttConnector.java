package de.iserlohn.digital.smartcity.ingestion;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Starts the MQTT subscription when {@code iserlohn.smartcity.mqtt-url} (MQTT_URL) is set, shared
 * by the nodes of the group {@code iserlohn.smartcity.mqtt-share-group} ({@code MQTT_SHARE_GROUP},
 * default {@code iserlohn-digital}; blank: a plain subscription, every node gets every message).
 */
@Component
class MqttConnector implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(MqttConnector.class);

  private final SmartcityProperties properties;
  private final UplinkIngestion ingestion;
  private final WinterTelematics telematics;
  private final Clock clock;
  private final String shareGroup;
  private final String clientId;
  private MqttUplinks uplinks;

  MqttConnector(
      SmartcityProperties properties,
      UplinkIngestion ingestion,
      WinterTelematics telematics,
      Clock clock,
      @Value("${iserlohn.smartcity.mqtt-share-group:${MQTT_SHARE_GROUP:iserlohn-digital}}")
          String shareGroup,
      @Value("${iserlohn.smartcity.mqtt-client-id:${MQTT_CLIENT_ID:}}") String clientId) {
    this.shareGroup = shareGroup;
    this.clientId = clientId;
    this.properties = properties;
    this.ingestion = ingestion;
    this.telematics = telematics;
    this.clock = clock;
  }

  @Override
  public void start() {
    String url = properties.mqttUrl();
    if (url == null || url.isBlank()) {
      LOG.info("MQTT_URL not set: no MQTT uplink subscription");
      return;
    }
    // a fixed client id per node keeps the persistent session across restarts; two nodes must
    // never share one (the broker would disconnect the first)
    String clientId = this.clientId.isBlank() ? "iserlohn-digital-" + hostName() : this.clientId;
    uplinks = new MqttUplinks(ingestion, telematics, clock, url, clientId, 4, shareGroup);
    try {
      uplinks.start();
    } catch (Exception e) {
      throw new IllegalStateException("MQTT broker " + url + " not reachable", e);
    }
  }

  private static String hostName() {
    try {
      return java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.net.UnknownHostException e) {
      return "node";
    }
  }

  @Override
  public void stop() {
    if (uplinks != null) {
      uplinks.close();
      uplinks = null;
    }
  }

  @Override
  public boolean isRunning() {
    return uplinks != null;
  }
}
