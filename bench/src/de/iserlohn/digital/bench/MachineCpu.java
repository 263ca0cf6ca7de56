package de.iserlohn.digital.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Busy CPU time of the whole machine (application, PostgreSQL, client threads, anything else that
 * runs), read from Linux's {@code /proc/stat}. Divided by the operations of a measurement it gives
 * what one operation costs the machine; on two cores the highest possible rate is then about 2,000
 * ms/s divided by that cost. Elsewhere the readings are unknown ({@link Double#NaN}).
 */
final class MachineCpu {

  private static final Path STAT = Path.of("/proc/stat");

  private final long busy;
  private final long total;
  private final int cpus;

  private MachineCpu(long busy, long total, int cpus) {
    this.busy = busy;
    this.total = total;
    this.cpus = cpus;
  }

  static MachineCpu now() {
    try {
      List<String> lines = Files.readAllLines(STAT);
      // cpu  user nice system idle iowait irq softirq steal guest guest_nice
      String[] f = lines.get(0).trim().split("\\s+");
      long user = Long.parseLong(f[1]);
      long nice = Long.parseLong(f[2]);
      long system = Long.parseLong(f[3]);
      long idle = Long.parseLong(f[4]);
      long iowait = Long.parseLong(f[5]);
      long irq = Long.parseLong(f[6]);
      long softirq = Long.parseLong(f[7]);
      long steal = f.length > 8 ? Long.parseLong(f[8]) : 0;
      long busy = user + nice + system + irq + softirq;
      int cpus = (int) lines.stream().filter(l -> l.matches("cpu\\d+ .*")).count();
      return new MachineCpu(busy, busy + idle + iowait + steal, cpus);
    } catch (IOException | RuntimeException e) {
      return new MachineCpu(0, 0, 0);
    }
  }

  /** Busy core-milliseconds from {@code earlier} to this reading, over {@code seconds}. */
  double busyMillisSince(MachineCpu earlier, double seconds) {
    long totalTicks = total - earlier.total;
    if (cpus == 0 || earlier.cpus == 0 || totalTicks <= 0) {
      return Double.NaN;
    }
    return (double) (busy - earlier.busy) / totalTicks * cpus * seconds * 1000;
  }
}
