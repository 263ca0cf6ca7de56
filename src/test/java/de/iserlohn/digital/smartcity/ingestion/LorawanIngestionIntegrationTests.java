package de.iserlohn.digital.smartcity.ingestion;

import static de.iserlohn.digital.smartcity.ingestion.SmartcityFixtures.TOKEN;
import static de.iserlohn.digital.smartcity.ingestion.SmartcityFixtures.chirpStack;
import static de.iserlohn.digital.smartcity.ingestion.SmartcityFixtures.csv;
import static de.iserlohn.digital.smartcity.ingestion.SmartcityFixtures.newDevEui;
import static de.iserlohn.digital.smartcity.ingestion.SmartcityFixtures.newId;
import static de.iserlohn.digital.smartcity.ingestion.SmartcityFixtures.tts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.iserlohn.digital.testsupport.IntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class LorawanIngestionIntegrationTests {

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired MeterRegistry meters;
  private final ObjectMapper json = new ObjectMapper();

  private String bin(String devEui, String deviceType, int depth) {
    String assetId = newId("bin");
    ResponseEntity<String> imported =
        importCsv(
            csv(
                devEui
                    + ","
                    + deviceType
                    + ",WASTE_BIN,"
                    + assetId
                    + ",Glascontainer Hohler Weg,51.3752,7.6949,Innenstadt,"
                    + depth
                    + ",,"));
    assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
    return assetId;
  }

  private ResponseEntity<String> importCsv(String csv) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("text/csv"));
    return http.withBasicAuth("skoch", "skoch")
        .postForEntity("/api/smartcity/import", new HttpEntity<>(csv, headers), String.class);
  }

  private ResponseEntity<String> post(String path, String body, String token) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (token != null) {
      headers.setBearerAuth(token);
    }
    return http.postForEntity(path, new HttpEntity<>(body, headers), String.class);
  }

  private JsonNode asset(String id) throws Exception {
    ResponseEntity<String> response =
        http.withBasicAuth("skoch", "skoch")
            .getForEntity("/api/smartcity/assets/" + id, String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return json.readTree(response.getBody());
  }

  private double rejected(String reason) {
    var counter = meters.find("smartcity.uplinks.rejected").tag("reason", reason).counter();
    return counter == null ? 0 : counter.count();
  }

  private long measurements(String assetId) {
    return jdbc.queryForObject(
        "select count(*) from sc_measurement where asset_id = ?", Long.class, assetId);
  }

  @Test
  void theThingsStackUplinkIsDecodedAndShownWithTheFillLevel() throws Exception {
    String devEui = newDevEui();
    String assetId = bin(devEui, "DL-MBX", 1500);

    ResponseEntity<String> response =
        post(
            "/api/lorawan/ttn",
            tts(devEui, 17, 1, "02012f000304d200010bb1", "2026-11-21T06:00:00Z"),
            TOKEN);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(response.getBody()).path("result").asText()).isEqualTo("STORED");
    JsonNode view = asset(assetId);
    assertThat(view.at("/asset/district").asText()).isEqualTo("Innenstadt");
    assertThat(view.at("/devices/0/battery").asDouble()).isEqualTo(2.993);
    assertThat(view.at("/devices/0/lastSeen").asText()).startsWith("2026-11-21T06:00");
    assertThat(view.path("latest").findValuesAsText("quantity"))
        .contains("DISTANCE", "FILL_LEVEL", "BATTERY_VOLTAGE");
    for (JsonNode m : view.path("latest")) {
      if (m.path("quantity").asText().equals("FILL_LEVEL")) {
        assertThat(m.path("value").asDouble()).isEqualTo(17.7);
        assertThat(m.path("unit").asText()).isEqualTo("%");
      }
    }
  }

  @Test
  void chirpStackUplinkOfAMilesightSensorIsStored() throws Exception {
    String devEui = newDevEui();
    String assetId = bin(devEui, "EM310-UDL", 2500);

    ResponseEntity<String> response =
        post(
            "/api/lorawan/chirpstack",
            chirpStack(
                UUID.randomUUID().toString(),
                devEui,
                3,
                85,
                "01755C03824408040001",
                "2026-11-21T07:15:00.123Z"),
            TOKEN);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode history =
        json.readTree(
            http.withBasicAuth("skoch", "skoch")
                .getForEntity("/api/smartcity/assets/" + assetId + "/measurements", String.class)
                .getBody());
    assertThat(history.findValuesAsText("quantity"))
        .containsExactlyInAnyOrder("BATTERY_LEVEL", "DISTANCE", "TILT", "FILL_LEVEL");
    assertThat(asset(assetId).at("/devices/0/batteryUnit").asText()).isEqualTo("%");
  }

  @Test
  void theSameUplinkAHundredTimesIsStoredOnce() {
    String devEui = newDevEui();
    String assetId = bin(devEui, "DL-MBX", 1500);
    String uplink = tts(devEui, 42, 1, "02012f000304d200010bb1", "2026-11-21T08:00:00Z");
    String dedup = UUID.randomUUID().toString();
    String csUplink =
        chirpStack(dedup, devEui, 43, 1, "02012f000304d200010bb1", "2026-11-21T08:10:00Z");
    double replaysBefore = rejected("replay");

    for (int i = 0; i < 100; i++) {
      assertThat(post("/api/lorawan/ttn", uplink, TOKEN).getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(post("/api/lorawan/chirpstack", csUplink, TOKEN).getStatusCode())
          .isEqualTo(HttpStatus.OK);
    }

    // 3 values + fill level, once per distinct uplink
    assertThat(measurements(assetId)).isEqualTo(8);
    assertThat(rejected("replay") - replaysBefore).isEqualTo(198);
  }

  @Test
  void concurrentUplinksWrittenTogetherAreAnsweredOneByOne() throws Exception {
    String devEui = newDevEui();
    String assetId = bin(devEui, "DL-MBX", 1500);
    String unknown = newDevEui();
    List<Callable<ResponseEntity<String>>> requests = new ArrayList<>();
    for (int fCnt = 1; fCnt <= 10; fCnt++) {
      String uplink =
          tts(devEui, fCnt, 1, "02012f000304d200010bb1", "2026-11-21T09:%02d:00Z".formatted(fCnt));
      for (int copy = 0; copy < 3; copy++) {
        requests.add(() -> post("/api/lorawan/ttn", uplink, TOKEN));
      }
    }
    String stranger = tts(unknown, 1, 1, "02012f000304d200010bb1", "2026-11-21T09:30:00Z");
    for (int i = 0; i < 5; i++) {
      requests.add(() -> post("/api/lorawan/ttn", stranger, TOKEN));
    }
    Collections.shuffle(requests);

    // all at once, so that copies of one uplink and the bad ones meet in the same batches
    ExecutorService clients = Executors.newFixedThreadPool(requests.size());
    List<ResponseEntity<String>> responses = new ArrayList<>();
    try {
      for (Future<ResponseEntity<String>> f : clients.invokeAll(requests)) {
        responses.add(f.get());
      }
    } finally {
      clients.shutdown();
    }

    Map<String, Long> answers = new TreeMap<>();
    for (ResponseEntity<String> r : responses) {
      String answer =
          r.getStatusCode() == HttpStatus.OK
              ? json.readTree(r.getBody()).path("result").asText()
              : String.valueOf(r.getStatusCode().value());
      answers.merge(answer, 1L, Long::sum);
    }
    assertThat(answers)
        .containsExactly(entry("404", 5L), entry("DUPLICATE", 20L), entry("STORED", 10L));
    assertThat(measurements(assetId)).isEqualTo(40);
    assertThat(asset(assetId).at("/devices/0/lastSeen").asText()).startsWith("2026-11-21T09:10");
  }

  @Test
  void lateUplinksAreAcceptedAndDoNotMoveLastSeenBack() throws Exception {
    String devEui = newDevEui();
    String assetId = bin(devEui, "DL-MBX", 1500);

    post(
        "/api/lorawan/ttn",
        tts(devEui, 11, 1, "02012f000304d200010bb1", "2026-11-21T10:00:00Z"),
        TOKEN);
    ResponseEntity<String> late =
        post(
            "/api/lorawan/ttn",
            tts(devEui, 10, 1, "02012f00030100000109c4", "2026-11-21T09:00:00Z"),
            TOKEN);

    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(measurements(assetId)).isEqualTo(8);
    JsonNode view = asset(assetId);
    assertThat(view.at("/devices/0/lastSeen").asText()).startsWith("2026-11-21T10:00");
    assertThat(view.at("/devices/0/battery").asDouble()).isEqualTo(2.993);
  }

  @Test
  void badUplinksAreRejectedWithTheirReasonAndStoreNothing() throws Exception {
    String devEui = newDevEui();
    String assetId = bin(devEui, "DL-MBX", 1500);
    String time = "2026-11-21T11:00:00Z";
    double before =
        rejected("malformed_json")
            + rejected("unknown_device")
            + rejected("undecodable")
            + rejected("wrong_port")
            + rejected("out_of_range");

    assertThat(post("/api/lorawan/ttn", "{\"end_device_ids\": {", TOKEN).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(
            post("/api/lorawan/ttn", tts(newDevEui(), 1, 1, "02012f00020bb1", time), TOKEN)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(
            post("/api/lorawan/ttn", tts(devEui, 1, 1, "02012f0003", time), TOKEN).getStatusCode())
        .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(
            post("/api/lorawan/ttn", tts(devEui, 2, 2, "02012f00020bb1", time), TOKEN)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    // distance 60000 mm: no bin is 60 m deep
    ResponseEntity<String> outOfRange =
        post("/api/lorawan/ttn", tts(devEui, 3, 1, "02012f0003ea6000010bb1", time), TOKEN);
    assertThat(outOfRange.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(outOfRange.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    JsonNode problem = json.readTree(outOfRange.getBody());
    assertThat(problem.path("title").asText()).isEqualTo("Uplink abgelehnt");
    assertThat(problem.path("reason").asText()).isEqualTo("out_of_range");
    assertThat(problem.path("status").asInt()).isEqualTo(422);

    assertThat(measurements(assetId)).isZero();
    assertThat(
            rejected("malformed_json")
                + rejected("unknown_device")
                + rejected("undecodable")
                + rejected("wrong_port")
                + rejected("out_of_range")
                - before)
        .isEqualTo(5);
  }

  @Test
  void webhooksWithoutTheTokenOrSignatureAreRejected() throws Exception {
    String devEui = newDevEui();
    String assetId = bin(devEui, "DL-MBX", 1500);
    String uplink = tts(devEui, 5, 1, "02012f000304d200010bb1", "2026-11-21T12:00:00Z");

    ResponseEntity<String> anonymous = post("/api/lorawan/ttn", uplink, null);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
    assertThat(json.readTree(anonymous.getBody()).path("detail").asText())
        .isEqualTo("Token oder Signatur fehlt oder ist falsch.");
    assertThat(post("/api/lorawan/ttn", uplink, "wrong").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    HttpHeaders basic = new HttpHeaders();
    basic.setContentType(MediaType.APPLICATION_JSON);
    basic.setBasicAuth("skoch", "skoch");
    assertThat(
            http.postForEntity("/api/lorawan/ttn", new HttpEntity<>(uplink, basic), String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    HttpHeaders signed = new HttpHeaders();
    signed.setContentType(MediaType.APPLICATION_JSON);
    signed.set("X-Signature-SHA256", HexFormat.of().formatHex(new byte[32]));
    assertThat(
            http.postForEntity("/api/lorawan/ttn", new HttpEntity<>(uplink, signed), String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    assertThat(measurements(assetId)).isZero();
  }
}
