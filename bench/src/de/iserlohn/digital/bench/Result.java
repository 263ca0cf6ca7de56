package de.iserlohn.digital.bench;

import java.util.Arrays;

/**
 * Throughput and latency percentiles of one measured scenario, and the machine's busy CPU time
 * during it ({@link MachineCpu}; NaN where unknown).
 */
record Result(
    String scenario,
    String baseline,
    long operations,
    double seconds,
    long[] nanos,
    double cpuMillis) {

  double cpuMillisPerOperation() {
    return operations == 0 ? Double.NaN : cpuMillis / operations;
  }

  double opsPerSecond() {
    return operations / seconds;
  }

  double percentileMillis(double p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1_000_000.0;
  }
}
