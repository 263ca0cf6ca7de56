package de.iserlohn.digital.smartcity.ingestion;

import static java.util.stream.Collectors.toSet;

import de.iserlohn.digital.platform.cluster.DatabaseUnavailable;
import de.iserlohn.digital.smartcity.AssetType;
import de.iserlohn.digital.smartcity.decoder.DecodedUplink;
import de.iserlohn.digital.smartcity.decoder.FillLevel;
import de.iserlohn.digital.smartcity.decoder.Quantity;
import de.iserlohn.digital.smartcity.decoder.Reading;
import de.iserlohn.digital.smartcity.decoder.UndecodablePayloadException;
import de.iserlohn.digital.smartcity.ingestion.RejectedUplink.Reason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks, decodes and stores uplinks: known device, its port, a decodable payload, values in their
 * physical range, not seen before. Rejections are counted ({@code smartcity.uplinks.rejected}, tag
 * {@code reason}) and logged; they never start anything.
 *
 * <p>Group commit (ADR 0035): the receivers (webhook, MQTT) hand their parsed uplinks to {@link
 * #submit}; the writer thread of the uplink's device ({@code iserlohn.smartcity.ingestion.writers}
 * per node, each with its own queue, ADR 0036) takes what is queued (up to {@code max-batch},
 * waiting up to {@code max-wait-millis} for more) and writes the batch in one transaction: the
 * registry rows of all its devices in one query, the de-duplication keys and the measurement rows
 * as multi-row inserts, the threshold rules per uplink in receive order (assets sorted, so locks
 * are taken in one order and two writers wait for, never deadlock with, each other), the signs of
 * life as one multi-row merge. Each uplink's future completes only after the commit, so a receiver
 * acknowledges only what is stored. If the batch fails, its uplinks are written one transaction
 * each, so one bad row fails alone.
 */
@Component
class UplinkIngestion {

  private static final Logger LOG = LoggerFactory.getLogger(UplinkIngestion.class);

  enum Result {
    STORED,
    DUPLICATE
  }

  /** An uplink waiting for its batch, with the future its receiver waits on. */
  private record Pending(Uplink uplink, CompletableFuture<Result> result) {}

  /** An uplink that passed the checks, with its rows and its sign of life. */
  private record Accepted(
      Pending pending, Registry.Asset asset, List<Measurements.Row> rows, Registry.Seen seen) {}

  /** What the batch decided for one uplink; applied to the future after the commit. */
  private record Outcome(Pending pending, Result result, RejectedUplink rejection) {}

  private final Registry registry;
  private final Measurements measurements;
  private final TransactionTemplate tx;
  private final MeterRegistry meters;
  private final Thresholds thresholds;
  private final SmartcityProperties.Ingestion settings;

  /** One queue per writer; an uplink's queue is chosen by its device. */
  private final List<BlockingQueue<Pending>> queues = new ArrayList<>();

  private final List<Thread> writers = new ArrayList<>();
  private volatile boolean open = true;

  UplinkIngestion(
      Registry registry,
      Measurements measurements,
      TransactionTemplate tx,
      MeterRegistry meters,
      Thresholds thresholds,
      SmartcityProperties properties) {
    this.registry = registry;
    this.measurements = measurements;
    this.tx = tx;
    this.meters = meters;
    this.thresholds = thresholds;
    this.settings = properties.ingestion();
    int count = Math.max(1, settings.writers());
    for (int i = 0; i < count; i++) {
      BlockingQueue<Pending> queue =
          new LinkedBlockingQueue<>(Math.max(1, settings.queueCapacity() / count));
      Thread writer = new Thread(() -> writeQueued(queue), "smartcity-uplink-writer-" + i);
      writer.setDaemon(true);
      queues.add(queue);
      writers.add(writer);
    }
  }

  @PostConstruct
  void start() {
    writers.forEach(Thread::start);
  }

  /** Writes what is queued, then stops the writers; later uplinks fail. */
  @PreDestroy
  void stop() throws InterruptedException {
    open = false;
    for (Thread writer : writers) {
      writer.join(30_000);
    }
    List<Pending> left = new ArrayList<>();
    queues.forEach(q -> q.drainTo(left));
    left.forEach(p -> p.result().completeExceptionally(stopped()));
  }

  /**
   * The queue of an uplink's device: one device's uplinks are written by one writer, in receive
   * order, and a replay meets its first delivery in the same writer.
   */
  private BlockingQueue<Pending> queueOf(Uplink uplink) {
    String device = uplink.devEui() == null ? "" : uplink.devEui();
    return queues.get(Math.floorMod(device.hashCode(), queues.size()));
  }

  private static IllegalStateException stopped() {
    return new IllegalStateException("uplink ingestion is stopped");
  }

  /**
   * Queues an uplink for the next batch (waits while the queue is full). The future completes after
   * the batch's commit: STORED or DUPLICATE, or exceptionally with {@link RejectedUplink} (counted)
   * or with the storage error (not stored; the sender should deliver it again).
   */
  CompletableFuture<Result> submit(Uplink uplink) {
    CompletableFuture<Result> result = new CompletableFuture<>();
    if (!open) {
      result.completeExceptionally(stopped());
      return result;
    }
    try {
      queueOf(uplink).put(new Pending(uplink, result));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      result.completeExceptionally(e);
    }
    return result;
  }

  /** {@link #submit} and wait for the commit; a rejection is thrown as {@link RejectedUplink}. */
  Result ingest(Uplink uplink) {
    try {
      return submit(uplink).get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while storing " + uplink.key(), e);
    }
  }

  private void writeQueued(BlockingQueue<Pending> queue) {
    List<Pending> batch = new ArrayList<>();
    while (open || !queue.isEmpty()) {
      try {
        Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        collect(queue, batch);
        write(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        LOG.warn("Uplink writer interrupted");
        batch.forEach(p -> p.result().completeExceptionally(e));
        return;
      } catch (RuntimeException | Error e) {
        LOG.error("Uplink writer failed on a batch of {}", batch.size(), e);
        batch.forEach(p -> p.result().completeExceptionally(e));
      } finally {
        batch.clear();
      }
    }
  }

  /** Adds what is queued, waiting up to max-wait-millis for a full batch. */
  private void collect(BlockingQueue<Pending> queue, List<Pending> batch)
      throws InterruptedException {
    int max = Math.max(1, settings.maxBatch());
    queue.drainTo(batch, max - batch.size());
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(settings.maxWaitMillis());
    while (batch.size() < max) {
      long left = deadline - System.nanoTime();
      Pending next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : null;
      if (next == null) {
        return;
      }
      batch.add(next);
      queue.drainTo(batch, max - batch.size());
    }
  }

  /** One transaction for the batch; if it fails, one transaction per uplink. */
  private void write(List<Pending> batch) {
    List<Outcome> outcomes;
    try {
      outcomes = tx.execute(status -> store(batch));
    } catch (RuntimeException e) {
      if (DatabaseUnavailable.causedBy(e)) {
        // one by one would only wait for a connection per uplink: the senders deliver again
        LOG.warn("Database unreachable: {} uplinks not stored", batch.size());
        batch.forEach(p -> p.result().completeExceptionally(e));
        return;
      }
      if (batch.size() == 1) {
        LOG.error("Storing uplink {} failed", batch.get(0).uplink().key(), e);
        batch.get(0).result().completeExceptionally(e);
        return;
      }
      LOG.warn(
          "Batch of {} uplinks failed ({}); writing them one by one", batch.size(), e.toString());
      for (Pending p : batch) {
        write(List.of(p));
      }
      return;
    }
    outcomes.forEach(this::complete);
  }

  private List<Outcome> store(List<Pending> batch) {
    Map<String, Registry.Device> devices =
        registry.devices(batch.stream().map(p -> p.uplink().devEui()).collect(toSet()));
    Map<String, Registry.Asset> assets =
        registry.assets(devices.values().stream().map(Registry.Device::assetId).collect(toSet()));
    List<Outcome> outcomes = new ArrayList<>(batch.size());
    List<Accepted> accepted = new ArrayList<>(batch.size());
    for (Pending p : batch) {
      try {
        accepted.add(check(p, devices.get(p.uplink().devEui()), assets));
      } catch (RejectedUplink e) {
        outcomes.add(new Outcome(p, null, e));
      }
    }
    Set<String> storedBefore =
        measurements.claimed(accepted.stream().map(a -> a.pending().uplink().key()).toList());
    Set<String> inBatch = new HashSet<>();
    List<Accepted> fresh = new ArrayList<>(accepted.size());
    for (Accepted a : accepted) {
      String key = a.pending().uplink().key();
      boolean duplicate = storedBefore.contains(key) || !inBatch.add(key);
      outcomes.add(new Outcome(a.pending(), duplicate ? Result.DUPLICATE : Result.STORED, null));
      if (!duplicate) {
        fresh.add(a);
      }
    }
    if (fresh.isEmpty()) {
      return outcomes;
    }
    measurements.claim(
        fresh.stream()
            .map(a -> a.pending().uplink())
            .map(u -> new Measurements.Claim(u.key(), u.devEui(), u.source(), u.time()))
            .toList());
    measurements.insert(fresh.stream().flatMap(a -> a.rows().stream()).toList());
    // receive order per asset; the state rows are locked in asset order
    thresholds.apply(
        fresh.stream()
            .map(a -> new Thresholds.Input(a.asset(), a.pending().uplink(), a.rows()))
            .toList());
    registry.seen(fresh.stream().map(Accepted::seen).toList());
    return outcomes;
  }

  private Accepted check(
      Pending pending, Registry.Device device, Map<String, Registry.Asset> assets) {
    Uplink uplink = pending.uplink();
    if (device == null) {
      throw new RejectedUplink(Reason.UNKNOWN_DEVICE, "unknown DevEUI " + uplink.devEui());
    }
    if (uplink.fPort() != device.type().decoder().fPort()) {
      throw new RejectedUplink(
          Reason.WRONG_PORT,
          "f_port " + uplink.fPort() + " for " + device.type().code() + " from " + uplink.devEui());
    }
    DecodedUplink decoded;
    try {
      decoded = device.type().decoder().decode(uplink.payload());
    } catch (UndecodablePayloadException e) {
      throw new RejectedUplink(Reason.UNDECODABLE, uplink.devEui() + ": " + e.getMessage());
    }
    for (Reading r : decoded.readings()) {
      if (!r.quantity().inRange(r.value())) {
        throw new RejectedUplink(
            Reason.OUT_OF_RANGE,
            uplink.devEui() + ": " + r.quantity() + " " + r.value() + " out of range");
      }
    }
    Registry.Asset asset = assets.get(device.assetId());
    Optional<Double> volts = decoded.value(Quantity.BATTERY_VOLTAGE);
    Optional<Double> percent = decoded.value(Quantity.BATTERY_LEVEL);
    Registry.Seen seen =
        new Registry.Seen(
            uplink.devEui(),
            uplink.time(),
            volts.or(() -> percent).orElse(null),
            volts.isPresent() ? "V" : percent.isPresent() ? "%" : null);
    return new Accepted(pending, asset, rows(uplink, device, asset, decoded), seen);
  }

  /** Counts and logs the outcome after the commit and hands it to the waiting receiver. */
  private void complete(Outcome o) {
    Uplink uplink = o.pending().uplink();
    if (o.rejection() != null) {
      o.pending().result().completeExceptionally(rejected(o.rejection()));
    } else if (o.result() == Result.DUPLICATE) {
      counter("replay").increment();
      LOG.info("Replayed uplink {} ignored", uplink.key());
      o.pending().result().complete(Result.DUPLICATE);
    } else {
      meters.counter("smartcity.uplinks.stored", "source", uplink.source()).increment();
      o.pending().result().complete(Result.STORED);
    }
  }

  private static List<Measurements.Row> rows(
      Uplink uplink, Registry.Device device, Registry.Asset asset, DecodedUplink decoded) {
    List<Measurements.Row> rows = new ArrayList<>();
    for (Reading r : decoded.readings()) {
      rows.add(row(uplink, asset, r.quantity(), r.value()));
    }
    if (asset.type() == AssetType.WASTE_BIN && asset.binDepthMm() != null) {
      decoded
          .value(Quantity.DISTANCE)
          .ifPresent(
              d ->
                  rows.add(
                      row(
                          uplink,
                          asset,
                          Quantity.FILL_LEVEL,
                          FillLevel.percent(d, asset.binDepthMm()))));
    }
    return rows;
  }

  private static Measurements.Row row(
      Uplink uplink, Registry.Asset asset, Quantity quantity, double value) {
    return new Measurements.Row(
        uplink.time(),
        uplink.devEui(),
        asset.id(),
        quantity.name(),
        value,
        quantity.unit(),
        uplink.key());
  }

  /** Counts and logs a rejection; returns the exception to throw. */
  RejectedUplink rejected(RejectedUplink e) {
    counter(e.reason.tag()).increment();
    LOG.warn("Uplink rejected ({}): {}", e.reason.tag(), e.getMessage());
    return e;
  }

  private Counter counter(String reason) {
    return meters.counter("smartcity.uplinks.rejected", "reason", reason);
  }
}
