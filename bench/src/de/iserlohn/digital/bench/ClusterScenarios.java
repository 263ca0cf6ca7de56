package de.iserlohn.digital.bench;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import de.iserlohn.digital.smartcity.MosquittoBroker;
import de.iserlohn.digital.testsupport.AppProcess;
import de.iserlohn.digital.testsupport.EmbeddedPostgres;
import de.iserlohn.digital.testsupport.SharedTestData;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The mixed load of the cluster test on one node ({@code cluster-one-node}, the baseline) and on
 * two nodes ({@code cluster}) of the application, each node a JVM of its own on one PostgreSQL with
 * a real mosquitto: OZG submissions, e-invoice uploads, webhook uplinks and MQTT uplinks (shared
 * subscription) in turns, the requests spread over the nodes. On two cores the rate cannot double;
 * what counts is the machine CPU per operation (target: two nodes at most 10 % more than one).
 */
final class ClusterScenarios {

  private ClusterScenarios() {}

  static final int BINS = 200;

  /** The nodes of the scenario that ran last; stopped before the next one starts its own. */
  private static final List<AppProcess> RUNNING = new ArrayList<>();

  private static EmbeddedPostgres postgres;
  private static volatile double oneNodeCpuPerOperation = Double.NaN;
  private static MosquittoBroker broker;

  static List<Scenario> all() {
    return List.of(new MixedLoad("cluster-one-node", 1), new MixedLoad("cluster", 2));
  }

  static final class MixedLoad extends NamedScenario {
    private final int nodeCount;
    private final List<String> nodes = new ArrayList<>();
    private List<String> invoices;
    private Mqtt5AsyncClient sensors;
    private final String run = Long.toString(System.nanoTime(), 36);

    /**
     * A number per operation over warm-up and measurement (the sequence starts again at 0 for
     * each): invoice numbers and frame counters must not repeat, or the platform rightly answers
     * with the duplicate instead of doing the work.
     */
    private final AtomicLong issued = new AtomicLong();
    private final String basic = BenchContext.basicAuth("kfischer");

    MixedLoad(String name, int nodeCount) {
      super(name, "cluster-one-node");
      this.nodeCount = nodeCount;
    }

    @Override
    public void setUp(BenchContext context) throws Exception {
      startInfrastructure();
      startNodes();
      invoices = SharedTestData.xrechnungUblInvoices(5);
      importBins(context);
      sensors =
          MqttClient.builder()
              .useMqttVersion5()
              .identifier("bench-sensors-" + run)
              .serverHost("127.0.0.1")
              .serverPort(broker.port)
              .buildAsync();
      sensors.connect().get(30, TimeUnit.SECONDS);
    }

    /** Stops the nodes of the scenario before; PostgreSQL and the broker once per run. */
    private static void startInfrastructure() throws Exception {
      synchronized (RUNNING) {
        RUNNING.forEach(AppProcess::close);
        RUNNING.clear();
        if (postgres == null) {
          postgres = EmbeddedPostgres.start(true);
          broker = MosquittoBroker.start();
          Runtime.getRuntime()
              .addShutdownHook(
                  new Thread(
                      () -> {
                        RUNNING.forEach(AppProcess::close);
                        try {
                          broker.close();
                        } catch (Exception e) {
                          // best effort at exit
                        }
                      }));
        }
      }
    }

    /** The scenario's nodes, as processes of their own on one database of the scenario. */
    private void startNodes() throws Exception {
      if (Thread.currentThread().getContextClassLoader()
          instanceof java.net.URLClassLoader project) {
        // exec:java runs the benchmark in Maven's JVM: the nodes need the project's class path
        System.setProperty(
            "iserlohn.app.classpath",
            java.util.Arrays.stream(project.getURLs())
                .map(u -> Path.of(URI.create(u.toString())).toString())
                .collect(Collectors.joining(java.io.File.pathSeparator)));
      }
      String db = postgres.createDatabase(name().replace('-', '_'));
      Path dataDir = Files.createTempDirectory("iserlohn-cluster-bench-");
      Map<String, String> common = new HashMap<>();
      common.put("spring.profiles.active", "postgres");
      common.put("DB_URL", db);
      common.put("DB_USER", "postgres");
      common.put("DB_PASSWORD", "");
      common.put("iserlohn.data-dir", dataDir.toString());
      common.put("iserlohn.smartcity.mqtt-url", broker.url());
      common.put("logging.level.root", "warn");
      for (int n = 0; n < nodeCount; n++) {
        Map<String, String> properties = new HashMap<>(common);
        properties.put("iserlohn.cluster.node-id", name() + "-" + n);
        properties.put("iserlohn.smartcity.mqtt-client-id", name() + "-" + n);
        AppProcess node = AppProcess.start(properties);
        synchronized (RUNNING) {
          RUNNING.add(node);
        }
        nodes.add(node.baseUrl());
      }
    }

    @Override
    public List<String> report(BenchContext context, Result measured) {
      double cpu = measured.cpuMillisPerOperation();
      if (nodeCount == 1) {
        oneNodeCpuPerOperation = cpu;
        return List.of(
            String.format(
                java.util.Locale.ROOT, "one node: %.2f ms machine CPU per operation", cpu));
      }
      double ratio = cpu / oneNodeCpuPerOperation;
      return List.of(
          String.format(
              java.util.Locale.ROOT,
              "%d nodes: %.2f ms machine CPU per operation, %.2f x one node (target <= 1.10: %s)",
              nodeCount,
              cpu,
              ratio,
              ratio <= 1.10 ? "met" : "MISSED"));
    }

    @Override
    public void run(BenchContext context, int thread, long sequence) throws Exception {
      String node = nodes.get((int) (sequence % nodes.size()));
      long unique = issued.incrementAndGet();
      switch ((int) (sequence % 4)) {
        case 0 ->
            expect(
                post(
                    context,
                    node + "/api/ozg/services/bulky-waste-pickup/applications",
                    "application/json",
                    null,
                    ozg(thread, unique)),
                201);
        case 1 ->
            expect(
                post(
                    context,
                    node + "/api/invoices",
                    "application/xml",
                    basic,
                    invoices
                        .get((int) (sequence % invoices.size()))
                        .replaceFirst(
                            "<cbc:ID>[^<]*</cbc:ID>",
                            "<cbc:ID>CL-" + run + "-" + unique + "</cbc:ID>")),
                201);
        case 2 ->
            expect(
                post(
                    context,
                    node + "/api/lorawan/ttn",
                    "application/json",
                    "Bearer demo-lorawan-token",
                    uplink(thread, sequence, unique)),
                200);
        default ->
            sensors
                .publishWith()
                .topic("v3/bench/devices/eui-x/up")
                .qos(MqttQos.AT_LEAST_ONCE)
                .payload(uplink(thread, sequence, unique).getBytes(StandardCharsets.UTF_8))
                .send()
                .get(30, TimeUnit.SECONDS);
      }
    }

    private void importBins(BenchContext context) throws Exception {
      String csv =
          "devEui,deviceType,assetType,assetId,name,lat,lon,district,binDepthMm,priorityClass,plantingYear\n"
              + IntStream.range(0, BINS)
                  .mapToObj(
                      i ->
                          devEui(i)
                              + ",DL-MBX,WASTE_BIN,bench-"
                              + run
                              + "-"
                              + i
                              + ",Tonne "
                              + i
                              + ",51.37,7.70,Bezirk-"
                              + (i % 10)
                              + ",1000,,")
                  .collect(Collectors.joining("\n"))
              + "\n";
      HttpResponse<String> r =
          context
              .http()
              .send(
                  HttpRequest.newBuilder(URI.create(nodes.get(0) + "/api/smartcity/import"))
                      .header("Content-Type", "text/csv")
                      .header("Authorization", BenchContext.basicAuth("demo"))
                      .POST(HttpRequest.BodyPublishers.ofString(csv))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      expect(r, 200);
    }

    private String devEui(int bin) {
      return "%016X".formatted((run.hashCode() & 0xffffL) << 32 | bin | 0x7B00000000000000L);
    }

    /** A DL-MBX reading of one of the bins; its fill level runs up and down with the sequence. */
    private String uplink(int thread, long sequence, long frame) {
      int bin = (int) ((sequence / 4 * 7 + thread) % BINS);
      int distance = (int) ((sequence / 4) % 10) * 100;
      String payload =
          Base64.getEncoder()
              .encodeToString(
                  HexFormat.of().parseHex("02012f0003%04x00010bb1".formatted(distance)));
      String time = Instant.now().toString();
      String eui = devEui(bin);
      return """
      {"end_device_ids":{"device_id":"eui-%s","dev_eui":"%s","dev_addr":"260B1234"},
       "uplink_message":{"session_key_id":"bench-%d","f_port":1,"f_cnt":%d,
         "frm_payload":"%s","received_at":"%s"}}
      """
          .formatted(eui, eui, thread, frame, payload, time);
    }

    private String ozg(int thread, long sequence) {
      return """
      {"firstName":"Bench","lastName":"Cluster %d-%d","email":"bench@example.org",
       "street":"Schillerplatz 7","postalCode":"58636","district":"kesbern","volume":2,
       "items":"Sofa und Schrank","electricalAppliances":false,"confirmation":true}
      """
          .formatted(thread, sequence);
    }

    private static HttpResponse<String> post(
        BenchContext context, String url, String type, String auth, String body) throws Exception {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(url))
              .header("Content-Type", type)
              .POST(HttpRequest.BodyPublishers.ofString(body));
      if (auth != null) {
        request.header("Authorization", auth);
      }
      return context.http().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void expect(HttpResponse<String> response, int status) {
      if (response.statusCode() != status) {
        throw new IllegalStateException(
            response.uri() + " answered " + response.statusCode() + ": " + response.body());
      }
    }
  }
}
