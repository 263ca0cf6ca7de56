package de.iserlohn.digital.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The smart-city ingestion: DL-MBX uplinks (The Things Stack webhook) of one bin per client thread,
 * each stored with its uplink key and four measurement rows, the hysteresis row locked and updated,
 * compared with a plain batched JDBC insert of the same rows in the same run.
 */
final class SmartcityScenarios {

  private SmartcityScenarios() {}

  static List<Scenario> all() {
    return List.of(new PlainInsert(), new WebhookUplinks());
  }

  /** One DL-MBX payload: distance 500 mm (50 % in a 1000 mm bin), battery 2.993 V. */
  static final String PAYLOAD =
      Base64.getEncoder().encodeToString(HexFormat.of().parseHex("02012f000301f400010bb1"));

  /** The baseline: the rows one uplink produces, as one batched insert in one transaction. */
  static final class PlainInsert implements Scenario {
    private JdbcTemplate jdbc;
    private TransactionTemplate tx;
    /** Unique per operation across warm-up and measurement (the sequence restarts per phase). */
    private final AtomicLong counter = new AtomicLong();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Override
    public String name() {
      return "uplinks-plain-insert";
    }

    @Override
    public String baseline() {
      return name();
    }

    @Override
    public void setUp(BenchContext context) {
      jdbc = context.bean(JdbcTemplate.class);
      tx = context.bean(TransactionTemplate.class);
    }

    @Override
    public void run(BenchContext context, int thread, long sequence) {
      String key = "plain:" + run + ":" + counter.incrementAndGet();
      Timestamp now = Timestamp.from(Instant.now());
      List<Object[]> rows = new ArrayList<>();
      for (Object[] q :
          new Object[][] {
            {"DISTANCE", 500.0, "mm"},
            {"VALID_SAMPLES", 1.0, "1"},
            {"BATTERY_VOLTAGE", 2.993, "V"},
            {"FILL_LEVEL", 50.0, "%"}
          }) {
        rows.add(new Object[] {now, "PLAIN" + thread, "plain-" + thread, q[0], q[1], q[2], key});
      }
      tx.executeWithoutResult(
          s -> {
            jdbc.update(
                "insert into sc_uplink (uplink_key, dev_eui, source, received_at) values (?,?,?,?)",
                key,
                "PLAIN" + thread,
                "plain",
                now);
            jdbc.batchUpdate(
                "insert into sc_measurement (measured_at, dev_eui, asset_id, quantity,"
                    + " measured_value, unit, uplink_key) values (?,?,?,?,?,?,?)",
                rows);
          });
    }
  }

  /** {@code POST /api/lorawan/ttn} with a new f_cnt per uplink; anything but STORED fails the run. */
  static final class WebhookUplinks implements Scenario {
    private final List<String> devices = new ArrayList<>();
    /** f_cnt per device, unique across warm-up and measurement. */
    private final AtomicLong[] fCnt = new AtomicLong[64];

    @Override
    public String name() {
      return "uplinks-webhook";
    }

    @Override
    public String baseline() {
      return "uplinks-plain-insert";
    }

    @Override
    public void setUp(BenchContext context) throws Exception {
      StringBuilder csv =
          new StringBuilder(
              "devEui,deviceType,assetType,assetId,name,lat,lon,district,binDepthMm,priorityClass,plantingYear\n");
      for (int t = 0; t < 64; t++) {
        String devEui = String.format("%016X", ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        devices.add(devEui);
        fCnt[t] = new AtomicLong();
        csv.append(devEui)
            .append(",DL-MBX,WASTE_BIN,bench-")
            .append(devEui)
            .append(",Bench-Tonne ")
            .append(t)
            .append(",51.37,7.70,Bench,1000,,\n");
      }
      HttpResponse<String> response =
          context
              .http()
              .send(
                  HttpRequest.newBuilder(URI.create(context.baseUrl() + "/api/smartcity/import"))
                      .header("Content-Type", "text/csv")
                      .header(
                          "Authorization",
                          "Basic "
                              + Base64.getEncoder()
                                  .encodeToString("demo:demo".getBytes(StandardCharsets.UTF_8)))
                      .POST(HttpRequest.BodyPublishers.ofString(csv.toString()))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new IllegalStateException("import failed: " + response.statusCode() + " " + response.body());
      }
    }

    @Override
    public void run(BenchContext context, int thread, long sequence) throws Exception {
      String devEui = devices.get(thread % devices.size());
      long frame = fCnt[thread % devices.size()].incrementAndGet();
      String now = Instant.now().toString();
      String body =
          """
          {"end_device_ids":{"device_id":"eui-%s","application_ids":{"application_id":"bench"},\
          "dev_eui":"%s","dev_addr":"260B0001"},"received_at":"%s","uplink_message":{\
          "session_key_id":"bench","f_port":1,"f_cnt":%d,"frm_payload":"%s","received_at":"%s"}}"""
              .formatted(devEui.toLowerCase(), devEui, now, frame, PAYLOAD, now);
      HttpResponse<String> response =
          context
              .http()
              .send(
                  HttpRequest.newBuilder(URI.create(context.baseUrl() + "/api/lorawan/ttn"))
                      .header("Content-Type", "application/json")
                      .header("Authorization", "Bearer demo-lorawan-token")
                      .POST(HttpRequest.BodyPublishers.ofString(body))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200 || !response.body().contains("STORED")) {
        throw new IllegalStateException(response.statusCode() + " " + response.body());
      }
    }
  }
}
