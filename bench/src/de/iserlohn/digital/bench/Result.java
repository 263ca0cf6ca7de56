package de.iserlohn.digital.bench;

import java.util.Arrays;

/** Throughput and latency percentiles of one measured scenario. */
record Result(String scenario, String baseline, long operations, double seconds, long[] nanos) {

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
