package de.iserlohn.digital.smartcity.ingestion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.iserlohn.digital.smartcity.ingestion.RejectedUplink.Reason;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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
    Instant time;
    try {
      time = parseTime(value);
    } catch (DateTimeException e) {
      throw new RejectedUplink(Reason.MALFORMED_JSON, "unreadable time " + value);
    }
    if (!plausible(time, now)) {
      // a clock far ahead would make every later, true uplink look older than this one
      throw new RejectedUplink(
          Reason.OUT_OF_RANGE,
          "time %s is not between %s and now + %s".formatted(value, EARLIEST, MAX_AHEAD));
    }
    return time;
  }

  /** The earliest time a sensor may report, and how far ahead of this server's clock (skew). */
  static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

  static final java.time.Duration MAX_AHEAD = java.time.Duration.ofMinutes(5);

  /** Whether a time reported by a device or vehicle is plausible (ADR 0014). */
  static boolean plausible(Instant time, Instant now) {
    return !time.isBefore(EARLIEST) && !time.isAfter(now.plus(MAX_AHEAD));
  }

  /**
   * An RFC 3339 time as the network servers write it: UTC with {@code Z} and zero to nine fraction
   * digits ({@code 2026-11-21T06:00:00.123456789Z}) is read directly, anything else by {@link
   * Instant#parse} (offsets, leap seconds). {@code Instant.parse} alone was a sixteenth of the
   * webhook's request CPU (ADR 0037).
   *
   * @throws DateTimeException when the value is no time
   */
  static Instant parseTime(String value) {
    int n = value.length();
    if (n < 20
        || n > 30
        || value.charAt(4) != '-'
        || value.charAt(7) != '-'
        || value.charAt(10) != 'T'
        || value.charAt(13) != ':'
        || value.charAt(16) != ':'
        || value.charAt(n - 1) != 'Z'
        || (n > 20 && (n == 21 || value.charAt(19) != '.'))) {
      return Instant.parse(value);
    }
    int fraction = n > 20 ? digits(value, 20, n - 1) : 0;
    int[] fields = {
      digits(value, 0, 4),
      digits(value, 5, 7),
      digits(value, 8, 10),
      digits(value, 11, 13),
      digits(value, 14, 16),
      digits(value, 17, 19)
    };
    for (int field : fields) {
      if (field < 0 || fraction < 0) {
        return Instant.parse(value);
      }
    }
    for (int scale = n > 20 ? n - 21 : 9; scale < 9; scale++) {
      fraction *= 10;
    }
    try {
      return LocalDateTime.of(
              fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fraction)
          .toInstant(ZoneOffset.UTC);
    } catch (DateTimeException outOfRange) {
      return Instant.parse(value);
    }
  }

  /**
   * The decimal number from index {@code from} up to {@code to} (exclusive), or -1 for a non-digit.
   */
  private static int digits(String value, int from, int to) {
    int number = 0;
    for (int i = from; i < to; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      number = number * 10 + (c - '0');
    }
    return number;
  }
}
