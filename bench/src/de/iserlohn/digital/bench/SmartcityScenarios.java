package de.iserlohn.digital.bench;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import de.iserlohn.digital.smartcity.MosquittoBroker;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.camunda.bpm.engine.TaskService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The smart-city ingestion: DL-MBX uplinks of many bins over the webhook (The Things Stack) and over
 * MQTT (ChirpStack topic, QoS 1, a real mosquitto), each stored with its uplink key and four
 * measurement rows and its hysteresis row updated, compared with a plain insert of the same rows in
 * the same run; and the time from a threshold crossing (a tree confirmed dry) to the user task.
 * The uplink scenarios count at the end what was sent and what was stored.
 */
final class SmartcityScenarios {

  private SmartcityScenarios() {}

  static List<Scenario> all() {
    return List.of(new PlainInsert(), new WebhookUplinks(), new MqttUplinks(), new Crossing());
  }

  /** One DL-MBX payload: distance 500 mm (50 % in a 1000 mm bin), battery 2.993 V. */
  static final String PAYLOAD =
      Base64.getEncoder().encodeToString(HexFormat.of().parseHex("02012f000301f400010bb1"));

  static final String CSV_HEADER =
      "devEui,deviceType,assetType,assetId,name,lat,lon,district,binDepthMm,priorityClass,plantingYear\n";

  /** The rows one DL-MBX uplink produces. */
  static final int ROWS_PER_UPLINK = 4;

  static String newDevEui() {
    return String.format("%016X", ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
  }

  /** Imports devices through the REST API (as the city does). */
  static void importCsv(BenchContext context, String csv) throws Exception {
    HttpResponse<String> response =
        context
            .http()
            .send(
                HttpRequest.newBuilder(URI.create(context.baseUrl() + "/api/smartcity/import"))
                    .header("Content-Type", "text/csv")
                    .header("Authorization", BenchContext.basicAuth("demo"))
                    .timeout(Duration.ofMinutes(5))
                    .POST(HttpRequest.BodyPublishers.ofString(csv))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException("import failed: " + response.statusCode() + " " + response.body());
    }
  }

  /** A bench bin per device, 1000 mm deep. */
  static List<String> importBins(BenchContext context, int count) throws Exception {
    List<String> devices = new ArrayList<>();
    StringBuilder csv = new StringBuilder(CSV_HEADER);
    for (int i = 0; i < count; i++) {
      String devEui = newDevEui();
      devices.add(devEui);
      csv.append(devEui)
          .append(",DL-MBX,WASTE_BIN,bench-")
          .append(devEui)
          .append(",Bench-Tonne ")
          .append(i)
          .append(",51.37,7.70,Bench,1000,,\n");
    }
    importCsv(context, csv.toString());
    return devices;
  }

  static final String TTS_PATH = "/api/lorawan/ttn";

  static final Map<String, String> TTS_HEADERS =
      Map.of("Content-Type", "application/json", "Authorization", "Bearer demo-lorawan-token");

  /** A The Things Stack uplink message as its webhook delivers it. */
  static String ttsUplink(String devEui, String session, long fCnt, String payload, Instant at) {
    String time = at.toString();
    return """
        {"end_device_ids":{"device_id":"eui-%s","application_ids":{"application_id":"bench"},\
        "dev_eui":"%s","dev_addr":"260B0001"},"received_at":"%s","uplink_message":{\
        "session_key_id":"%s","f_port":1,"f_cnt":%d,"frm_payload":"%s","received_at":"%s"}}"""
        .formatted(devEui.toLowerCase(), devEui, time, session, fCnt, payload, time);
  }

  static HttpRequest ttsWebhook(
      BenchContext context, String devEui, String session, long fCnt, String payload, Instant at) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(context.baseUrl() + TTS_PATH));
    TTS_HEADERS.forEach(request::header);
    return request
        .POST(HttpRequest.BodyPublishers.ofString(ttsUplink(devEui, session, fCnt, payload, at)))
        .build();
  }

  /**
   * What the database holds of the uplinks stored under keys like {@code like}, against the number
   * {@code sent}: uplinks, measurement rows, lost and stored twice.
   */
  static String inDatabase(BenchContext context, String like, long sent) {
    long uplinks = count(context, "select count(*) from sc_uplink where uplink_key like ?", like);
    long rows = count(context, "select count(*) from sc_measurement where uplink_key like ?", like);
    return String.format(
        Locale.ROOT,
        "in the database %d uplinks, %d measurement rows (%d expected); lost %d, stored twice %d",
        uplinks,
        rows,
        uplinks * ROWS_PER_UPLINK,
        sent - uplinks,
        rows - uplinks * ROWS_PER_UPLINK);
  }

  static long count(BenchContext context, String sql, Object... args) {
    return context.bean(JdbcTemplate.class).queryForObject(sql, Long.class, args);
  }

  static double replays(BenchContext context) {
    Counter c =
        context
            .bean(MeterRegistry.class)
            .find("smartcity.uplinks.rejected")
            .tag("reason", "replay")
            .counter();
    return c == null ? 0 : c.count();
  }

  /** The baseline: the rows one uplink produces, as one batched insert in one transaction. */
  static final class PlainInsert extends NamedScenario {
    private JdbcTemplate jdbc;
    private TransactionTemplate tx;
    /** Unique per operation across warm-up and measurement (the sequence restarts per phase). */
    private final AtomicLong counter = new AtomicLong();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    PlainInsert() {
      super("uplinks-plain-insert");
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

  /**
   * {@code POST /api/lorawan/ttn} from 64 concurrent clients (a network server delivers uplinks of
   * many gateways in parallel), 1000 bins, a new f_cnt per uplink: anything but STORED fails the run.
   */
  static final class WebhookUplinks extends NamedScenario {
    static final int CLIENTS = 64;
    static final int DEVICES = 1000;
    private List<String> devices;
    private final AtomicLong[] fCnt = new AtomicLong[DEVICES];
    /** One keep-alive connection per client thread, as a network server's delivery pool. */
    private final KeepAliveHttp[] connections = new KeepAliveHttp[CLIENTS];
    private final AtomicLong next = new AtomicLong();
    private final AtomicLong stored = new AtomicLong();
    private final String session = "bench-" + UUID.randomUUID().toString().substring(0, 8);
    private double replaysBefore;

    WebhookUplinks() {
      super("uplinks-webhook", "uplinks-plain-insert");
    }

    @Override
    public int threads(int configured) {
      return CLIENTS;
    }

    @Override
    public void setUp(BenchContext context) throws Exception {
      devices = importBins(context, DEVICES);
      Arrays.setAll(fCnt, i -> new AtomicLong());
      Arrays.setAll(connections, i -> new KeepAliveHttp(context.baseUrl()));
      replaysBefore = replays(context);
    }

    @Override
    public void run(BenchContext context, int thread, long sequence) throws Exception {
      int device = (int) (next.getAndIncrement() % DEVICES);
      KeepAliveHttp.Response response =
          connections[thread].post(
              TTS_PATH,
              TTS_HEADERS,
              ttsUplink(
                  devices.get(device),
                  session,
                  fCnt[device].incrementAndGet(),
                  PAYLOAD,
                  Instant.now()));
      if (response.status() != 200 || !response.body().contains("STORED")) {
        throw new IllegalStateException(response.status() + " " + response.body());
      }
      stored.incrementAndGet();
    }

    @Override
    public List<String> report(BenchContext context, Result result) {
      Arrays.stream(connections).forEach(KeepAliveHttp::close);
      String inDatabase = inDatabase(context, "tts:%:" + session + ":%", stored.get());
      return List.of(
          String.format(
              Locale.ROOT,
              "%d client threads, %d bins; answered STORED (warm-up and measurement) %d; %s,"
                  + " answered DUPLICATE %.0f",
              CLIENTS,
              DEVICES,
              stored.get(),
              inDatabase,
              replays(context) - replaysBefore));
    }
  }

  /**
   * ChirpStack uplinks published with QoS 1 to a real mosquitto (started by the bench, the
   * application subscribes through MQTT_URL). One operation publishes one uplink and waits for the
   * broker's PUBACK; publishers wait while more than {@link #WINDOW} published uplinks are not yet
   * stored, so the measured rate is the rate the application stores (not the broker's). At the
   * end, after all are stored, the database is counted.
   */
  static final class MqttUplinks extends NamedScenario {
    static final int DEVICES = 1000;
    static final int WINDOW = 2000;
    private MosquittoBroker broker;
    private Mqtt3AsyncClient publisher;
    private List<String> devices;
    private Counter storedCounter;
    private double storedBefore;
    private double replaysBefore;
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong next = new AtomicLong();
    private final String run = "bench-" + UUID.randomUUID().toString().substring(0, 8);

    MqttUplinks() {
      super("uplinks-mqtt", "uplinks-plain-insert");
    }

    @Override
    public int threads(int configured) {
      return Math.max(configured, 8);
    }

    @Override
    public Map<String, Object> applicationProperties() throws Exception {
      broker = MosquittoBroker.start();
      MosquittoBroker started = broker;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      started.close();
                    } catch (Exception e) {
                      System.err.println("mosquitto: " + e);
                    }
                  }));
      return Map.of("MQTT_URL", broker.url());
    }

    @Override
    public void setUp(BenchContext context) throws Exception {
      devices = importBins(context, DEVICES);
      publisher =
          MqttClient.builder()
              .useMqttVersion3()
              .identifier("bench-publisher-" + run)
              .serverHost("127.0.0.1")
              .serverPort(broker.port)
              .buildAsync();
      publisher.connect().get(30, TimeUnit.SECONDS);
      MeterRegistry meters = context.bean(MeterRegistry.class);
      storedCounter = meters.counter("smartcity.uplinks.stored", "source", "chirpstack");
      storedBefore = storedCounter.count();
      replaysBefore = replays(context);
    }

    private long notYetStored() {
      return published.get() - (long) (storedCounter.count() - storedBefore);
    }

    @Override
    public void run(BenchContext context, int thread, long sequence) throws Exception {
      while (notYetStored() > WINDOW) {
        LockSupport.parkNanos(200_000);
      }
      long n = next.getAndIncrement();
      String devEui = devices.get((int) (n % DEVICES));
      String body =
          """
          {"deduplicationId":"%s-%d","time":"%s","deviceInfo":{"tenantName":"Bench",\
          "applicationName":"bench","deviceName":"bin","devEui":"%s"},"devAddr":"00189440",\
          "fCnt":%d,"fPort":1,"data":"%s"}"""
              .formatted(run, n, Instant.now(), devEui.toLowerCase(), n / DEVICES, PAYLOAD);
      publisher
          .publishWith()
          .topic("application/bench/device/" + devEui.toLowerCase() + "/event/up")
          .qos(MqttQos.AT_LEAST_ONCE)
          .payload(body.getBytes(StandardCharsets.UTF_8))
          .send()
          .get(30, TimeUnit.SECONDS);
      published.incrementAndGet();
    }

    @Override
    public List<String> report(BenchContext context, Result result) throws Exception {
      long t0 = System.nanoTime();
      long deadline = t0 + TimeUnit.MINUTES.toNanos(2);
      while (notYetStored() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      double drain = (System.nanoTime() - t0) / 1e9;
      publisher.disconnect().get(10, TimeUnit.SECONDS);
      String inDatabase = inDatabase(context, "cs:" + run + "-%", published.get());
      return List.of(
          String.format(
              Locale.ROOT,
              "%d publisher threads, %d bins, at most %d published and not yet stored; published"
                  + " with QoS 1 and acknowledged by the broker (warm-up and measurement) %d; all"
                  + " stored %.1f s after the last publish; %s, replays %.0f",
              threads(0),
              DEVICES,
              WINDOW,
              published.get(),
              drain,
              inDatabase,
              replays(context) - replaysBefore));
    }
  }

  /**
   * From the uplink that crosses a threshold to the user task: a young tree (DL-TRS21) reports dry
   * (50 kPa) twice; the second reading confirms the state (DMN {@code treeWaterState}), the change
   * event starts the watering order, whose first element is the task "Bäume gießen". Each tree has
   * a district of its own, so every crossing creates a new task. One operation sends both readings
   * and polls the TaskService until the task exists; the report gives the latency from sending the
   * crossing (second) reading alone.
   */
  static final class Crossing extends NamedScenario {
    static final int TREES = 12000;
    /** Rows per import file (the import takes at most 10,000). */
    static final int IMPORT_ROWS = 5000;
    static final String DRY =
        Base64.getEncoder().encodeToString(HexFormat.of().parseHex("020192000301f480a10c25"));
    private final List<String[]> trees = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final long[] crossing = new long[TREES];
    private final AtomicInteger measured = new AtomicInteger();
    private TaskService tasks;

    Crossing() {
      super("uplinks-crossing", "uplinks-plain-insert");
    }

    @Override
    public int threads(int configured) {
      return 2;
    }

    @Override
    public void setUp(BenchContext context) throws Exception {
      tasks = context.bean(TaskService.class);
      StringBuilder csv = new StringBuilder(CSV_HEADER);
      for (int i = 0; i < TREES; i++) {
        if (i > 0 && i % IMPORT_ROWS == 0) {
          importCsv(context, csv.toString());
          csv = new StringBuilder(CSV_HEADER);
        }
        String devEui = newDevEui();
        String district = "Bench-" + run + "-" + i;
        trees.add(new String[] {devEui, district});
        csv.append(devEui)
            .append(",DL-TRS21,TREE,bench-tree-")
            .append(devEui)
            .append(",Bench-Baum ")
            .append(i)
            .append(",51.37,7.70,")
            .append(district)
            .append(",,,2024\n");
      }
      importCsv(context, csv.toString());
    }

    private static void send(BenchContext context, String devEui, long fCnt, Instant at)
        throws Exception {
      HttpResponse<String> response =
          context
              .http()
              .send(
                  ttsWebhook(context, devEui, "bench", fCnt, DRY, at),
                  HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200 || !response.body().contains("STORED")) {
        throw new IllegalStateException(response.statusCode() + " " + response.body());
      }
    }

    @Override
    public void run(BenchContext context, int thread, long sequence) throws Exception {
      int i = next.getAndIncrement();
      if (i >= TREES) {
        throw new IllegalStateException("all " + TREES + " bench trees used");
      }
      String devEui = trees.get(i)[0];
      String businessKey = "bewaesserung:" + trees.get(i)[1] + ":%";
      Instant now = Instant.now();
      send(context, devEui, 1, now.minusSeconds(600));
      long t0 = System.nanoTime();
      send(context, devEui, 2, now);
      long deadline = t0 + TimeUnit.SECONDS.toNanos(30);
      while (tasks.createTaskQuery().processInstanceBusinessKeyLike(businessKey).count() == 0) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("no task for " + businessKey + " after 30 s");
        }
        LockSupport.parkNanos(2_000_000);
      }
      crossing[measured.getAndIncrement()] = System.nanoTime() - t0;
    }

    @Override
    public List<String> report(BenchContext context, Result result) {
      long[] sorted = Arrays.copyOf(crossing, measured.get());
      Arrays.sort(sorted);
      return List.of(
          String.format(
              Locale.ROOT,
              "2 client threads; %d crossings (warm-up and measurement); from sending the crossing"
                  + " uplink until the task exists: p50 %.1f ms, p99 %.1f ms, max %.1f ms (the"
                  + " table's latency includes the first, non-crossing reading)",
              sorted.length,
              percentile(sorted, 50),
              percentile(sorted, 99),
              sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6));
    }

    private static double percentile(long[] sorted, double p) {
      if (sorted.length == 0) {
        return Double.NaN;
      }
      int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
  }
}
