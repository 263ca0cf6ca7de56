package de.iserlohn.digital.smartcity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.iserlohn.digital.smartcity.RejectedUplink.Reason;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Reads the uplink messages of The Things Stack v3 and ChirpStack v4 (webhook body and MQTT payload
 * have the same JSON shape). The Things Stack omits empty fields: a missing {@code f_cnt} is 0.
 */
final class UplinkFormats {

  private static final ObjectMapper JSON = new ObjectMapper();

  private UplinkFormats() {}

  static Uplink theThingsStack(String body, Instant now) {
    JsonNode root = parse(body);
    JsonNode ids = root.path("end_device_ids");
    JsonNode up = root.path("uplink_message");
    if (!up.isObject()) {
      throw missing("uplink_message");
    }
    String devEui = Registry.normalizeDevEui(text(ids, "dev_eui"));
    String session = up.path("session_key_id").asText(ids.path("dev_addr").asText(""));
    long fCnt = up.path("f_cnt").asLong(0);
    int fPort = up.path("f_port").asInt(0);
    byte[] payload = base64(up.path("frm_payload").asText(""));
    Instant time = time(up.path("received_at").asText(root.path("received_at").asText("")), now);
    return new Uplink(
        "tts", "tts:" + devEui + ":" + session + ":" + fCnt, devEui, fPort, payload, time);
  }

  static Uplink chirpStack(String body, Instant now) {
    JsonNode root = parse(body);
    String dedup = text(root, "deduplicationId");
    String devEui = Registry.normalizeDevEui(text(root.path("deviceInfo"), "devEui"));
    int fPort = root.path("fPort").asInt(0);
    byte[] payload = base64(root.path("data").asText(""));
    Instant time = time(root.path("time").asText(""), now);
    return new Uplink("chirpstack", "cs:" + dedup, devEui, fPort, payload, time);
  }

  private static JsonNode parse(String body) {
    try {
      JsonNode node = JSON.readTree(body == null ? "" : body);
      if (node == null || !node.isObject()) {
        throw new RejectedUplink(Reason.MALFORMED_JSON, "body is not a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new RejectedUplink(Reason.MALFORMED_JSON, "malformed JSON: " + e.getOriginalMessage());
    }
  }

  private static String text(JsonNode node, String field) {
    String value = node.path(field).asText("");
    if (value.isBlank()) {
      throw missing(field);
    }
    if (value.length() > 100) {
      throw new RejectedUplink(Reason.MALFORMED_JSON, field + " too long");
    }
    return value;
  }

  private static RejectedUplink missing(String field) {
    return new RejectedUplink(Reason.MISSING_FIELD, "missing field " + field);
  }

  private static byte[] base64(String value) {
    try {
      return Base64.getDecoder().decode(value);
    } catch (IllegalArgumentException e) {
      throw new RejectedUplink(Reason.UNDECODABLE, "payload is not base64");
    }
  }

  private static Instant time(String value, Instant now) {
    if (value.isBlank()) {
      return now;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new RejectedUplink(Reason.MALFORMED_JSON, "unreadable time " + value);
    }
  }
}
