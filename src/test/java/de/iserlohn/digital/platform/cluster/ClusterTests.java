package de.iserlohn.digital.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.icegreen.greenmail.util.GreenMail;
import de.iserlohn.digital.mailroom.ScanDocuments;
import de.iserlohn.digital.smartcity.MosquittoBroker;
import de.iserlohn.digital.testsupport.AppProcess;
import de.iserlohn.digital.testsupport.EmbeddedPostgres;
import de.iserlohn.digital.testsupport.SharedTestData;
import de.iserlohn.digital.testsupport.TestInfrastructure;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Three application JVMs on one PostgreSQL, with a real mosquitto and GreenMail, as {@code
 * docker/compose.yaml} runs them: mixed load on all three, one node killed with SIGKILL in the
 * middle and started again later, then a database outage under load. Runs in the PostgreSQL build
 * only. {@code -Diserlohn.cluster-test.scale=N} multiplies the request counts (benchmark size).
 */
@Tag("integration")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterTests {

  static final int SCALE = Integer.getInteger("iserlohn.cluster-test.scale", 1);
  static final int OZG = 24 * SCALE;
  static final int INVOICES = 9 * SCALE;
  static final int WEBHOOK_BINS = 6 * SCALE;
  static final int MQTT_BINS = 6 * SCALE;
  static final int SCANS = 6 * SCALE;
  static final String TODAY = LocalDate.now(ZoneId.of("Europe/Berlin")).toString();
  static final Pattern CASE_NUMBER = Pattern.compile("\"caseNumber\"\\s*:\\s*\"([^\"]+)\"");
  static final Pattern REGISTER_NUMBER = Pattern.compile("\"registerNumber\"\\s*:\\s*\"([^\"]+)\"");

  final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  final String run = UUID.randomUUID().toString().substring(0, 6);
  final AppProcess[] nodes = new AppProcess[3];
  final Map<String, String> common = new HashMap<>();
  EmbeddedPostgres postgres;
  String jdbcUrl;
  MosquittoBroker broker;
  GreenMail mail;
  Path inbox;

  @BeforeAll
  void startCluster() throws Exception {
    assumeTrue(TestInfrastructure.onPostgres(), "a cluster needs PostgreSQL");
    postgres = EmbeddedPostgres.start(false);
    jdbcUrl = postgres.createDatabase("cluster");
    broker = MosquittoBroker.start();
    mail = TestInfrastructure.mail();
    Path dataDir = TestInfrastructure.newDataDir(); // shared by all nodes, as a network volume
    inbox = dataDir.resolve("mailroom/inbox");
    common.put("spring.profiles.active", "postgres");
    common.put("DB_URL", jdbcUrl);
    common.put("DB_USER", "postgres");
    common.put("DB_PASSWORD", "");
    common.put("iserlohn.data-dir", dataDir.toString());
    common.putAll(TestInfrastructure.mailProperties());
    common.put("iserlohn.smartcity.mqtt-url", broker.url());
    // the test classpath switches the hot folder off for the other tests
    common.put("iserlohn.mailroom.hot-folder-enabled", "true");
    // the daily starters run when the test triggers them, not by the clock during the test
    common.put("iserlohn.smartcity.waste.pickup-cron", "0 0 3 1 1 ?");
    common.put("iserlohn.smartcity.maintenance.check-cron", "0 0 3 1 1 ?");
    common.put("iserlohn.mailroom.poll-interval", "PT0.5S");
    common.put("iserlohn.mailroom.stable-for", "PT0.2S");
    // a killed node's leases and job locks are taken over quickly in the test
    common.put("iserlohn.cluster.lease-duration", "PT5S");
    common.put("camunda.bpm.job-execution.lock-time-in-millis", "15000");
    common.put("iserlohn.cluster.resubmit-interval", "PT5S");
    common.put("iserlohn.cluster.resubmit-after", "PT30S");
    nodes[0] = start(0); // creates the schema
    ExecutorService starting = Executors.newFixedThreadPool(2);
    try {
      Future<AppProcess> second = starting.submit(() -> start(1));
      Future<AppProcess> third = starting.submit(() -> start(2));
      nodes[1] = second.get(300, TimeUnit.SECONDS);
      nodes[2] = third.get(300, TimeUnit.SECONDS);
    } finally {
      starting.shutdownNow();
    }
  }

  private AppProcess start(int node) {
    Map<String, String> properties = new HashMap<>(common);
    properties.put("iserlohn.cluster.node-id", "node-" + node);
    properties.put("iserlohn.smartcity.mqtt-client-id", "cluster-test-node-" + node);
    return AppProcess.start(properties);
  }

  @AfterAll
  void stopCluster() throws Exception {
    for (AppProcess node : nodes) {
      if (node != null) {
        node.close();
      }
    }
    if (broker != null) {
      broker.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  @Order(1)
  void mixedLoadOnThreeNodesWithOneKilledDoesEverythingExactlyOnce() throws Exception {
    List<String> webhookBins = bins("wh", WEBHOOK_BINS);
    List<String> mqttBins = bins("mq", MQTT_BINS);
    List<String> suite = SharedTestData.xrechnungUblInvoices(5);
    Files.createDirectories(inbox);
    // three districts with a due bin (85 %) before the daily starters run
    List<String> dueBins = bins("due", 3);
    for (String bin : dueBins) {
      assertThat(statusOf(webhook(0, uplink(bin, 2)))).isEqualTo(200);
    }

    Set<String> cases = ConcurrentHashMap.newKeySet();
    Set<String> registerNumbers = ConcurrentHashMap.newKeySet();
    AtomicBoolean killed = new AtomicBoolean();
    List<Runnable> work = new ArrayList<>();
    for (int i = 0; i < OZG; i++) {
      int n = i;
      work.add(() -> submitOzg(n % 3, "c" + n).ifPresent(cases::add));
    }
    for (int i = 0; i < INVOICES; i++) {
      int n = i;
      work.add(
          () ->
              uploadInvoice(n % 3, suite.get(n % suite.size()), n).ifPresent(registerNumbers::add));
    }
    for (int b = 0; b < webhookBins.size(); b++) {
      int n = b;
      // each reading to two nodes at once (the network server retries at another node)
      work.add(() -> fillUp(webhookBins.get(n), n));
    }
    Mqtt5BlockingClient publisher =
        MqttClient.builder()
            .useMqttVersion5()
            .identifier("cluster-test-sensors-" + run)
            .serverHost("127.0.0.1")
            .serverPort(broker.port)
            .buildBlocking();
    publisher.connect();
    for (String bin : mqttBins) {
      work.add(
          () -> {
            for (int reading = 1; reading <= 3; reading++) {
              publisher
                  .publishWith()
                  .topic("v3/iserlohn-sensors/devices/eui-" + devEui(bin) + "/up")
                  .qos(MqttQos.AT_LEAST_ONCE)
                  .payload(uplink(bin, reading).getBytes(StandardCharsets.UTF_8))
                  .send();
            }
          });
    }
    for (int i = 0; i < SCANS; i++) {
      int n = i;
      work.add(
          () -> {
            try {
              Path part = inbox.resolve(".scan-" + run + "-" + n + ".tmp");
              Files.write(part, ScanDocuments.pdf("Cluster-Brief " + run + " Nummer " + n));
              Files.move(part, inbox.resolve("scan-" + run + "-" + n + ".pdf"));
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          });
    }
    java.util.Collections.shuffle(work, new java.util.Random(20));
    int killAt = work.size() / 3;
    ExecutorService load = Executors.newFixedThreadPool(6);
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < work.size(); i++) {
      if (i == killAt) {
        // the daily starters on all nodes at the same moment, then node 1 dies mid-load
        startDailyOnAllNodes();
        load.submit(
            () -> {
              nodes[1].kill();
              killed.set(true);
            });
      }
      done.add(load.submit(work.get(i)));
    }
    for (Future<?> f : done) {
      f.get(300, TimeUnit.SECONDS);
    }
    load.shutdown();
    publisher.disconnect();
    assertThat(killed).isTrue();
    nodes[1] = start(1); // back later, same MQTT session: its unacknowledged messages come again

    await()
        .atMost(Duration.ofMinutes(4))
        .pollInterval(Duration.ofSeconds(2))
        .untilAsserted(
            () -> {
              // every scan is one item, and the inbox is empty
              assertThat(
                      count(
                          "select count(*) from mailroom_item where file_name like ?",
                          "scan-" + run + "-%"))
                  .isEqualTo(SCANS);
              // every threshold crossing (a bin reaching 100 %) started one urgent pickup
              for (String bin : concat(webhookBins, mqttBins)) {
                assertThat(count("select count(*) from sc_uplink where dev_eui = ?", devEui(bin)))
                    .as("uplinks of %s", bin)
                    .isEqualTo(3);
                assertThat(
                        count(
                            "select count(*) from act_hi_procinst where proc_def_key_ = 'waste-pickup'"
                                + " and business_key_ like ?",
                            "dringend:" + bin + ":%"))
                    .as("urgent pickups of %s", bin)
                    .isEqualTo(1);
              }
              // every job reached its wait state: nothing left to execute, nothing failed
              assertThat(count("select count(*) from act_ru_job where type_ = 'message'")).isZero();
              assertThat(count("select count(*) from act_ru_incident")).isZero();
            });

    // every acknowledged request exists exactly once
    assertThat(cases).hasSizeGreaterThan(OZG / 2);
    for (String caseNumber : cases) {
      assertThat(count("select count(*) from ozg_application where case_number = ?", caseNumber))
          .isEqualTo(1);
      assertThat(
              count(
                  "select count(*) from act_hi_procinst where business_key_ = ?"
                      + " and proc_def_key_ = 'bulky-waste-pickup'",
                  caseNumber))
          .isEqualTo(1);
    }
    assertThat(registerNumbers).hasSizeGreaterThan(INVOICES / 2);
    for (String number : registerNumbers) {
      assertThat(count("select count(*) from invoice_register where register_number = ?", number))
          .isEqualTo(1);
    }
    // each daily starter ran once, and it started one pickup per district with due bins
    for (String bin : dueBins) {
      assertThat(
              count(
                  "select count(*) from act_hi_procinst where proc_def_key_ = 'waste-pickup'"
                      + " and business_key_ = ?",
                  "abfuhr:Bezirk-" + bin + ":" + TODAY))
          .isEqualTo(1);
    }
    assertThat(
            count(
                "select count(*) from act_hi_procinst where proc_def_key_ = 'waste-pickup-schedule'"))
        .isEqualTo(1);
    assertThat(
            count(
                "select count(*) from act_hi_procinst where proc_def_key_ = 'device-health-check'"))
        .isEqualTo(1);
    assertThat(
            count(
                "select count(*) from act_hi_procinst where proc_def_key_ = 'waste-pickup'"
                    + " and business_key_ like ?",
                "abfuhr:%:" + TODAY))
        .isEqualTo(
            count(
                "select count(distinct business_key_) from act_hi_procinst where proc_def_key_ ="
                    + " 'waste-pickup' and business_key_ like ?",
                "abfuhr:%:" + TODAY));
    // each mail was sent once (no recipient got the same subject twice)
    Map<String, Long> mails = mailsByRecipientAndSubject();
    assertThat(mails).allSatisfy((key, times) -> assertThat(times).as(key).isEqualTo(1L));
    assertThat(mails.keySet().stream().filter(k -> k.contains("cluster-" + run))).isNotEmpty();
  }

  @Test
  @Order(2)
  void aDatabaseOutageUnderLoadIsAnsweredWith503AndRecoversWithoutRestart() throws Exception {
    List<Integer> statuses = new CopyOnWriteArrayList<>();
    List<Integer> outageStatuses = new CopyOnWriteArrayList<>();
    Set<String> cases = ConcurrentHashMap.newKeySet();
    List<String> bins = bins("out", 3);
    AtomicBoolean outage = new AtomicBoolean();
    AtomicBoolean stop = new AtomicBoolean();
    Set<String> retryAfter = ConcurrentHashMap.newKeySet();
    ExecutorService load = Executors.newFixedThreadPool(3);
    List<Future<?>> clients = new ArrayList<>();
    for (int node = 0; node < 3; node++) {
      int n = node;
      clients.add(
          load.submit(
              () -> {
                for (int i = 0; !stop.get() && i < 10_000; i++) {
                  HttpResponse<String> r = postOzg(n, "o" + n + "-" + i);
                  int status = r == null ? -1 : r.statusCode();
                  (outage.get() ? outageStatuses : statuses).add(status);
                  if (status == 201) {
                    Matcher m = CASE_NUMBER.matcher(r.body());
                    if (m.find()) {
                      cases.add(m.group(1));
                    }
                  } else if (status == 503) {
                    r.headers().firstValue("Retry-After").ifPresent(retryAfter::add);
                  }
                  pause(Duration.ofMillis(200));
                }
                return null;
              }));
    }
    pause(Duration.ofSeconds(3));
    postgres.pause();
    outage.set(true);
    Instant outageStart = Instant.now();
    Mqtt5BlockingClient publisher =
        MqttClient.builder()
            .useMqttVersion5()
            .identifier("cluster-test-outage-" + run)
            .serverHost("127.0.0.1")
            .serverPort(broker.port)
            .buildBlocking();
    publisher.connect();
    for (String bin : bins) {
      publisher
          .publishWith()
          .topic("v3/iserlohn-sensors/devices/eui-" + devEui(bin) + "/up")
          .qos(MqttQos.AT_LEAST_ONCE)
          .payload(uplink(bin, 1).getBytes(StandardCharsets.UTF_8))
          .send();
    }
    await().atMost(Duration.ofSeconds(45)).until(() -> healthStatus(0) == 503);
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> Duration.between(outageStart, Instant.now()).toSeconds() >= 20);
    outage.set(false);
    postgres.resume();
    // serves again without a restart, on every node
    await()
        .atMost(Duration.ofSeconds(90))
        .until(() -> IntStream.range(0, 3).allMatch(n -> healthStatus(n) == 200));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> IntStream.range(0, 3).allMatch(n -> statusOf(postOzg(n, "after-" + n)) == 201));
    stop.set(true);
    for (Future<?> c : clients) {
      c.get(120, TimeUnit.SECONDS);
    }
    load.shutdown();
    publisher.disconnect();

    assertThat(outageStatuses).contains(503).doesNotContain(500);
    assertThat(statuses).doesNotContain(500);
    assertThat(retryAfter).isNotEmpty();
    // nothing acknowledged is missing; the MQTT uplinks sent during the outage are stored
    for (String caseNumber : cases) {
      assertThat(count("select count(*) from ozg_application where case_number = ?", caseNumber))
          .isEqualTo(1);
    }
    await()
        .atMost(Duration.ofSeconds(90))
        .untilAsserted(
            () -> {
              for (String bin : bins) {
                assertThat(count("select count(*) from sc_uplink where dev_eui = ?", devEui(bin)))
                    .isEqualTo(1);
              }
            });
  }

  // --- the load ---

  private java.util.Optional<String> submitOzg(int node, String who) {
    HttpResponse<String> r = postOzg(node, who);
    if (r == null || r.statusCode() != 201) {
      return java.util.Optional.empty(); // not acknowledged (the node died)
    }
    Matcher m = CASE_NUMBER.matcher(r.body());
    assertThat(m.find()).as(r.body()).isTrue();
    return java.util.Optional.of(m.group(1));
  }

  private HttpResponse<String> postOzg(int node, String who) {
    String body =
        """
        {"firstName":"Cluster","lastName":"Test %s","email":"cluster-%s-%s@example.org",
         "street":"Schillerplatz 7","postalCode":"58636","district":"%s","volume":2,
         "items":"Sofa und Schrank","electricalAppliances":false,"confirmation":true}
        """
            .formatted(who, run, who, district(who));
    return send(
        node,
        HttpRequest.newBuilder(
                URI.create(
                    nodes[node].baseUrl() + "/api/ozg/services/bulky-waste-pickup/applications"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /**
   * Every fourth application in a district with a regular tour: decided, notice rendered, mailed
   * and closed in the background; the others wait for the planning task.
   */
  private static String district(String who) {
    return Math.floorMod(who.hashCode(), 4) == 0 ? "innenstadt" : "kesbern";
  }

  private java.util.Optional<String> uploadInvoice(int node, String xml, int n) {
    String unique =
        xml.replaceFirst(
            "<cbc:ID>[^<]*</cbc:ID>", "<cbc:ID>CLUSTER-" + run + "-" + n + "</cbc:ID>");
    HttpResponse<String> r =
        send(
            node,
            HttpRequest.newBuilder(URI.create(nodes[node].baseUrl() + "/api/invoices"))
                .header("Content-Type", "application/xml")
                .header("Authorization", basic("kfischer"))
                .POST(HttpRequest.BodyPublishers.ofString(unique)));
    if (r == null || r.statusCode() / 100 != 2) {
      return java.util.Optional.empty();
    }
    Matcher m = REGISTER_NUMBER.matcher(r.body());
    assertThat(m.find()).as(r.body()).isTrue();
    return java.util.Optional.of(m.group(1));
  }

  /** Three readings of a bin (50 %, 85 %, 100 %), each to two nodes at once. */
  private void fillUp(String bin, int n) {
    for (int reading = 1; reading <= 3; reading++) {
      String body = uplink(bin, reading);
      for (int copy = 0; copy < 2; copy++) {
        int node = (n + reading + copy) % 3;
        HttpResponse<String> r = webhook(node, body);
        if (r != null) {
          assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        }
      }
    }
  }

  private HttpResponse<String> webhook(int node, String body) {
    return send(
        node,
        HttpRequest.newBuilder(URI.create(nodes[node].baseUrl() + "/api/lorawan/ttn"))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer demo-lorawan-token")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** The timer jobs of the daily pickup and the device check, executed on all nodes at once. */
  private void startDailyOnAllNodes() {
    for (String process : List.of("waste-pickup-schedule", "device-health-check")) {
      String job =
          single(
              "select id_ from act_ru_job where process_def_key_ = ? and handler_type_ ="
                  + " 'timer-start-event'",
              process);
      CyclicBarrier together = new CyclicBarrier(3);
      ExecutorService all = Executors.newFixedThreadPool(3);
      try {
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int node = 0; node < 3; node++) {
          int n = node;
          answers.add(
              all.submit(
                  () -> {
                    together.await(10, TimeUnit.SECONDS);
                    return send(
                        n,
                        HttpRequest.newBuilder(
                                URI.create(
                                    nodes[n].baseUrl() + "/engine-rest/job/" + job + "/execute"))
                            .header("Authorization", basic("demo"))
                            .POST(HttpRequest.BodyPublishers.noBody()));
                  }));
        }
        List<Integer> statuses = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (Future<HttpResponse<String>> a : answers) {
          HttpResponse<String> answer = a.get(180, TimeUnit.SECONDS);
          statuses.add(statusOf(answer));
          bodies.add(answer == null ? "" : answer.body());
        }
        assertThat(statuses)
            .as("%s on the three nodes %s; database: %s", process, bodies, activity())
            .contains(204);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      } finally {
        all.shutdownNow();
      }
    }
  }

  /** Registers bins over the REST import, each in a district of its own. */
  private List<String> bins(String prefix, int count) throws Exception {
    List<String> ids =
        IntStream.range(0, count).mapToObj(i -> prefix + "-" + run + "-" + i).toList();
    String csv =
        "devEui,deviceType,assetType,assetId,name,lat,lon,district,binDepthMm,priorityClass,plantingYear\n"
            + ids.stream()
                .map(
                    id ->
                        devEui(id)
                            + ",DL-MBX,WASTE_BIN,"
                            + id
                            + ",Tonne "
                            + id
                            + ",51.37,7.70,Bezirk-"
                            + id
                            + ",1000,,")
                .collect(Collectors.joining("\n"))
            + "\n";
    HttpResponse<String> r =
        send(
            0,
            HttpRequest.newBuilder(URI.create(nodes[0].baseUrl() + "/api/smartcity/import"))
                .header("Content-Type", "text/csv")
                .header("Authorization", basic("demo"))
                .POST(HttpRequest.BodyPublishers.ofString(csv)));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return ids;
  }

  /** A TTS uplink of a DL-MBX: reading 1 = 50 %, 2 = 85 %, 3 = 100 % fill level. */
  private static String uplink(String bin, int reading) {
    int distance =
        switch (reading) {
          case 1 -> 500;
          case 2 -> 150;
          default -> 0;
        };
    String payload =
        Base64.getEncoder()
            .encodeToString(HexFormat.of().parseHex("02012f0003%04x00010bb1".formatted(distance)));
    String time = Instant.parse("2026-01-01T08:00:00Z").plusSeconds(reading * 60L).toString();
    return """
        {"end_device_ids":{"device_id":"eui-%s","dev_eui":"%s","dev_addr":"260B1234"},
         "received_at":"%s",
         "uplink_message":{"session_key_id":"cluster","f_port":1,"f_cnt":%d,
           "frm_payload":"%s","received_at":"%s"}}
        """
        .formatted(devEui(bin), devEui(bin), time, reading, payload, time);
  }

  static String devEui(String bin) {
    return "%016X".formatted(bin.hashCode() & 0xffffffffL | 0x7A00000000000000L);
  }

  // --- helpers ---

  private HttpResponse<String> send(int node, HttpRequest.Builder request) {
    try {
      return http.send(
          request.timeout(Duration.ofSeconds(150)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      return null; // the node is dead or dying: not acknowledged
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static int statusOf(HttpResponse<String> response) {
    return response == null ? -1 : response.statusCode();
  }

  private int healthStatus(int node) {
    return statusOf(
        send(node, HttpRequest.newBuilder(URI.create(nodes[node].baseUrl() + "/actuator/health"))));
  }

  private static String basic(String user) {
    return "Basic "
        + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
  }

  /** The load's pace (not a wait for a result). */
  private static void pause(Duration duration) {
    await().pollDelay(duration).atMost(duration.plusSeconds(5)).until(() -> true);
  }

  private Map<String, Long> mailsByRecipientAndSubject() throws MessagingException {
    Map<String, Long> counts = new HashMap<>();
    for (Message m : mail.getReceivedMessages()) {
      String key = m.getAllRecipients()[0] + " | " + m.getSubject();
      if (key.contains("cluster-" + run)) {
        counts.merge(key, 1L, Long::sum);
      }
    }
    return counts;
  }

  /** What the database's sessions wait for (for a failure message). */
  private String activity() {
    StringBuilder out = new StringBuilder();
    try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
        PreparedStatement s =
            c.prepareStatement(
                "select pid, pg_blocking_pids(pid), state, wait_event_type, wait_event,"
                    + " left(query, 160) from pg_stat_activity where datname = 'cluster'"
                    + " and state <> 'idle'");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        out.append("\n  ")
            .append(rs.getInt(1))
            .append(" blocked by ")
            .append(rs.getString(2))
            .append(" ")
            .append(rs.getString(3))
            .append(" ")
            .append(rs.getString(4))
            .append("/")
            .append(rs.getString(5))
            .append(": ")
            .append(rs.getString(6));
      }
    } catch (SQLException e) {
      out.append(e);
    }
    return out.toString();
  }

  private long count(String sql, Object... params) throws SQLException {
    return Long.parseLong(single(sql, params));
  }

  private String single(String sql, Object... params) {
    try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        assertThat(rs.next()).as(sql).isTrue();
        return rs.getString(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }
}
