package de.iserlohn.digital.bench;

/**
 * One benchmark scenario: an operation that a number of client threads repeat for a fixed time.
 * Each scenario names the scenario it is compared with (its baseline), measured in the same run.
 */
interface Scenario {

  String name();

  /** The scenario this one is compared with; itself for a baseline. */
  String baseline();

  /** Prepares the scenario (deploy models, load data); not measured. */
  default void setUp(BenchContext context) throws Exception {}

  /**
   * When above 0, the scenario is measured a second time at this fraction of its own measured
   * maximum throughput (paced, open loop: latency counts from the planned start of each operation,
   * so a backlog shows up in the percentiles). Example: 0.5 for "p99 at half the maximum rate".
   */
  default double pacedFraction() {
    return 0;
  }

  /**
   * Settings the application needs for this scenario (for example the URL of a broker the scenario
   * starts); called for every selected scenario before the application starts.
   */
  default java.util.Map<String, Object> applicationProperties() throws Exception {
    return java.util.Map.of();
  }

  /** Client threads for this scenario; by default the configured number ({@code bench.threads}). */
  default int threads(int configured) {
    return configured;
  }

  /**
   * Called right after the measurement at the highest rate (before a paced one); the lines are
   * printed below the table (for example what was sent and what was stored, or how long the
   * background work of the measured operations took to finish).
   */
  default java.util.List<String> report(BenchContext context, Result measured) throws Exception {
    return java.util.List.of();
  }

  /** One operation; called concurrently by the client threads. */
  void run(BenchContext context, int thread, long sequence) throws Exception;
}
