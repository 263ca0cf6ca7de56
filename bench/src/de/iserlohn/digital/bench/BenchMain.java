package de.iserlohn.digital.bench;

import de.iserlohn.digital.IserlohnDigitalApplication;
import de.iserlohn.digital.testsupport.EmbeddedPostgres;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application on a real PostgreSQL (durable settings), runs the named scenarios one
 * after the other with warm-up, and prints one table row per scenario with its baseline ratio.
 *
 * <p>Arguments: scenario names (default: all). System properties: {@code bench.threads} (4), {@code
 * bench.warmup} (seconds, 5), {@code bench.seconds} (20).
 */
public final class BenchMain {

  public static void main(String[] args) {
    // client pools, the HTTP client's selector thread and MQTT clients are not daemons: a failed
    // scenario would otherwise leave the JVM waiting for them
    try {
      run(args);
    } catch (Throwable failure) {
      failure.printStackTrace();
      System.exit(1);
    }
    System.exit(0);
  }

  static void run(String[] args) throws Exception {
    List<Scenario> selected = selected(args);
    try (EmbeddedPostgres postgres = EmbeddedPostgres.start(true)) {
      ConfigurableApplicationContext app =
          new SpringApplicationBuilder(IserlohnDigitalApplication.class)
              .profiles("postgres")
              .properties(applicationProperties(postgres, selected))
              .run();
      try {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        measureAll(selected, new BenchContext(app, "http://127.0.0.1:" + port, http));
      } finally {
        app.close();
      }
    }
  }

  /** The named scenarios (or groups of them), each after its baseline; all when none is named. */
  static List<Scenario> selected(String[] args) {
    Map<String, Scenario> known = new LinkedHashMap<>();
    // one line per domain that brings scenarios
    List<List<Scenario>> domains =
        List.of(
            PlatformScenarios.all(),
            InvoiceScenarios.all(),
            HrScenarios.all(),
            SmartcityScenarios.all(),
            OzgScenarios.all(),
            MailroomScenarios.all(),
            ClusterScenarios.all(),
            DashboardScenarios.all(),
            CasefileScenarios.all());
    domains.stream().flatMap(List::stream).forEach(s -> known.put(s.name(), s));
    List<Scenario> selected = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (String arg : args) {
      names.addAll(CasefileScenarios.groups().getOrDefault(arg, List.of(arg)));
    }
    for (String name : args.length == 0 ? known.keySet().toArray(String[]::new) : names.toArray(String[]::new)) {
      Scenario scenario = known.get(name);
      if (scenario == null) {
        throw new IllegalArgumentException(
            "Unknown scenario " + name + "; known: " + known.keySet());
      }
      if (!selected.contains(known.get(scenario.baseline()))) {
        selected.add(known.get(scenario.baseline()));
      }
      if (!selected.contains(scenario)) {
        selected.add(scenario);
      }
    }
    return selected;
  }

  /** The application's settings for the run and for the selected scenarios. */
  static Map<String, Object> applicationProperties(
      EmbeddedPostgres postgres, List<Scenario> selected) throws Exception {
    Map<String, Object> properties = new LinkedHashMap<>();
    // the postgres profile, configured as an operator would: DB_URL, DB_USER, DB_PASSWORD
    properties.put("DB_URL", postgres.createDatabase("bench"));
    properties.put("DB_USER", "postgres");
    properties.put("DB_PASSWORD", "");
    properties.put("iserlohn.data-dir", Files.createTempDirectory("iserlohn-bench-").toString());
    // application.yml reads server.port from PORT; defaults rank below it, so set the variable
    properties.put("PORT", "0");
    properties.put("spring.main.banner-mode", "off");
    properties.put("logging.level.root", "warn");
    for (Scenario scenario : selected) {
      properties.putAll(scenario.applicationProperties());
    }
    return properties;
  }

  /** Sets up, warms up and measures each scenario in turn, then prints the table and notes. */
  static void measureAll(List<Scenario> selected, BenchContext context) throws Exception {
    int threads = Integer.getInteger("bench.threads", 4);
    Duration warmup = Duration.ofSeconds(Integer.getInteger("bench.warmup", 5));
    Duration measure = Duration.ofSeconds(Integer.getInteger("bench.seconds", 20));
    Map<String, Result> results = new LinkedHashMap<>();
    List<String> notes = new ArrayList<>();
    for (Scenario scenario : selected) {
      scenario.setUp(context);
      int clients = scenario.threads(threads);
      measure(scenario, context, clients, warmup);
      Result max = measure(scenario, context, clients, measure);
      results.put(scenario.name(), max);
      scenario.report(context, max).forEach(line -> notes.add(scenario.name() + ": " + line));
      if (scenario.pacedFraction() > 0) {
        double rate = max.opsPerSecond() * scenario.pacedFraction();
        Result paced = measurePaced(scenario, context, clients, measure, rate);
        results.put(paced.scenario(), paced);
      }
    }
    print(results, threads, measure);
    notes.forEach(line -> System.out.println("- " + line));
  }

  static Result measure(Scenario scenario, BenchContext context, int threads, Duration duration)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicBoolean stop = new AtomicBoolean();
    List<Future<long[]>> futures = new ArrayList<>();
    MachineCpu cpuAtStart = MachineCpu.now();
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      futures.add(
          pool.submit(
              () -> {
                Latencies latencies = new Latencies(1 << 16);
                long seq = 0;
                while (!stop.get()) {
                  long t0 = System.nanoTime();
                  scenario.run(context, thread, seq++);
                  latencies.add(System.nanoTime() - t0);
                }
                return latencies.toArray();
              }));
    }
    Thread.sleep(duration.toMillis());
    stop.set(true);
    return collect(scenario.name(), scenario, pool, futures, start, cpuAtStart);
  }

  /**
   * Runs the scenario at a fixed total rate (operations per second) spread over the threads. Each
   * operation has a planned start; its latency is measured from that plan, so waiting behind a slow
   * operation counts (no coordinated omission).
   */
  static Result measurePaced(
      Scenario scenario, BenchContext context, int threads, Duration duration, double rate)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long intervalNanos = (long) (threads * 1e9 / rate);
    MachineCpu cpuAtStart = MachineCpu.now();
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    List<Future<long[]>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      futures.add(
          pool.submit(
              () -> {
                Latencies latencies = new Latencies(1 << 12);
                long seq = 0;
                long planned = start + thread * intervalNanos / threads;
                while (planned < end) {
                  long wait = planned - System.nanoTime();
                  if (wait > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                  }
                  scenario.run(context, thread, 1_000_000_000L + seq++);
                  latencies.add(System.nanoTime() - planned);
                  planned += intervalNanos;
                }
                return latencies.toArray();
              }));
    }
    String name =
        "%s paced %.0f/s (%d %%)"
            .formatted(scenario.name(), rate, Math.round(scenario.pacedFraction() * 100));
    return collect(name, scenario, pool, futures, start, cpuAtStart);
  }

  /**
   * Waits for the client threads and merges their latencies into one result, with the time and
   * machine CPU since the start.
   */
  private static Result collect(
      String name,
      Scenario scenario,
      ExecutorService pool,
      List<Future<long[]>> futures,
      long start,
      MachineCpu cpuAtStart)
      throws Exception {
    List<long[]> all = new ArrayList<>();
    for (Future<long[]> f : futures) {
      all.add(f.get());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuMillis = MachineCpu.now().busyMillisSince(cpuAtStart, seconds);
    pool.shutdown();
    long[] merged = all.stream().flatMapToLong(Arrays::stream).toArray();
    return new Result(name, scenario.baseline(), merged.length, seconds, merged, cpuMillis);
  }

  /** The latencies one client thread measured, in nanoseconds; the array grows as needed. */
  private static final class Latencies {
    private long[] nanos;
    private int n;

    Latencies(int capacity) {
      nanos = new long[capacity];
    }

    void add(long latency) {
      if (n == nanos.length) {
        nanos = Arrays.copyOf(nanos, n * 2);
      }
      nanos[n++] = latency;
    }

    long[] toArray() {
      return Arrays.copyOf(nanos, n);
    }
  }

  static void print(Map<String, Result> results, int threads, Duration measure) {
    System.out.printf(
        Locale.ROOT,
        "%n%d client threads, %d s measured per scenario, PostgreSQL %s%n%n",
        threads,
        measure.toSeconds(),
        "(embedded, durable)");
    System.out.println(
        "| scenario | ops/s | p50 ms | p95 ms | p99 ms | baseline | baseline ops/s | ratio"
            + " | p95 / baseline p95 | machine CPU ms/op |");
    System.out.println("|---|---:|---:|---:|---:|---|---:|---:|---:|---:|");
    for (Result r : results.values()) {
      Result base = results.get(r.baseline());
      System.out.printf(
          Locale.ROOT,
          "| %s | %.1f | %.2f | %.2f | %.2f | %s | %.1f | %.2f | %.2f | %.1f |%n",
          r.scenario(),
          r.opsPerSecond(),
          r.percentileMillis(50),
          r.percentileMillis(95),
          r.percentileMillis(99),
          r.baseline(),
          base.opsPerSecond(),
          r.opsPerSecond() / base.opsPerSecond(),
          r.percentileMillis(95) / base.percentileMillis(95),
          r.cpuMillisPerOperation());
    }
  }

  private BenchMain() {}
}
