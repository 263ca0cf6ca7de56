package de.iserlohn.digital.mailroom.intake;

import de.iserlohn.digital.platform.cluster.ClusterLease;
import de.iserlohn.digital.platform.cluster.ClusterLeases;
import de.iserlohn.digital.platform.identity.CurrentUser;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scanners' hot folder ({@code MAILROOM_INBOX}). A file counts once its size and modification
 * time have not changed between two polls and for {@code stable-for}; it is checked, recorded in
 * its own transaction and only then moved to {@code processed/<day>/}. A crash between the commit
 * and the move leaves the file in the inbox: read again, it is the same SHA-256 and is only moved.
 * Rejected files go to {@code quarantine/} with a note {@code <name>.grund.txt}.
 *
 * <p>In a cluster one node at a time reads the folder: the holder of the lease {@code
 * mailroom-hot-folder} (ADR 0076), renewed at every poll and before every file; when the holder
 * dies, another node takes the lease over once it expires.
 */
@Component
@ConditionalOnProperty(
    name = "iserlohn.mailroom.hot-folder-enabled",
    havingValue = "true",
    matchIfMissing = true)
class HotFolder {

  static final String SOURCE = "HOT_FOLDER";
  static final String NOTE_SUFFIX = ".grund.txt";

  private static final Logger LOG = LoggerFactory.getLogger(HotFolder.class);

  private final ScanIntake intake;
  private final MailroomProperties properties;
  private final ScanCheck check;
  private final Clock clock;
  private final Map<Path, FileState> seen = new HashMap<>();
  private final ClusterLease lease;

  HotFolder(ScanIntake intake, MailroomProperties properties, Clock clock, ClusterLeases leases) {
    this.lease = leases.lease("mailroom-hot-folder", properties.pollInterval());
    this.intake = intake;
    this.properties = properties;
    this.check = ScanCheck.of(properties);
    this.clock = clock;
  }

  private record FileState(long size, Instant modified) {}

  @Scheduled(
      fixedDelayString = "${iserlohn.mailroom.poll-interval:PT5S}",
      initialDelayString = "${iserlohn.mailroom.poll-interval:PT5S}")
  void poll() {
    if (!lease.renew()) {
      seen.clear(); // another node reads the folder; start afresh when this node takes over
      return;
    }
    try {
      Files.createDirectories(properties.inbox());
      List<Path> complete = completeFiles();
      MailroomItems.Batch batch = null;
      for (Path file : complete) {
        if (!lease.renew()) {
          return;
        }
        if (batch == null) {
          batch = intake.openBatch(SOURCE, "Scanner-Eingangsordner", null);
        }
        take(file, batch);
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn(
          "Hot folder {}: poll failed, next poll retries: {}", properties.inbox(), e.toString());
    }
  }

  @PreDestroy
  void stop() {
    lease.release();
  }

  /** Files whose size and modification time are unchanged since the last poll and old enough. */
  private List<Path> completeFiles() throws IOException {
    Map<Path, FileState> now = new HashMap<>();
    List<Path> complete;
    try (Stream<Path> files = Files.list(properties.inbox())) {
      complete =
          files
              .filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().startsWith("."))
              .sorted()
              .filter(
                  f -> {
                    FileState state = state(f);
                    if (state == null) {
                      return false;
                    }
                    now.put(f, state);
                    return state.equals(seen.get(f))
                        && state.modified().plus(properties.stableFor()).isBefore(clock.instant());
                  })
              .toList();
    }
    seen.clear();
    seen.putAll(now);
    complete.forEach(seen::remove);
    return complete;
  }

  private void take(Path file, MailroomItems.Batch batch) throws IOException {
    String name = file.getFileName().toString();
    String sizeProblem = check.checkSize(Files.size(file));
    if (sizeProblem != null) {
      quarantine(file, sizeProblem, "-");
      return;
    }
    byte[] content = Files.readAllBytes(file);
    ScanCheck.Result result = check.check(content);
    if (!result.accepted()) {
      quarantine(file, result.reason(), result.mediaType());
      return;
    }
    ScanIntake.Recorded recorded =
        intake.record(batch, new ScanIntake.CheckedScan(name, content, result), CurrentUser.SYSTEM);
    // committed: only now the file leaves the inbox
    Path processed = properties.processed().resolve(LocalDate.now(clock).toString());
    Files.createDirectories(processed);
    Files.move(file, unique(processed.resolve(name)), StandardCopyOption.ATOMIC_MOVE);
    LOG.info(
        "Hot folder: {} -> item {}{}",
        name,
        recorded.item().id(),
        recorded.duplicate() ? " (already recorded)" : "");
  }

  private void quarantine(Path file, String reason, String mediaType) throws IOException {
    Path quarantine = properties.quarantine();
    Files.createDirectories(quarantine);
    Path target = unique(quarantine.resolve(file.getFileName().toString()));
    String note =
        """
        Datei: %s
        Zurückgewiesen am: %s
        Erkannter Typ: %s
        Grund: %s
        Die Datei wurde nicht abgelegt. Bitte das Original prüfen und ggf. neu scannen.
        """
            .formatted(file.getFileName(), clock.instant(), mediaType, reason);
    Files.writeString(
        target.resolveSibling(target.getFileName() + NOTE_SUFFIX), note, StandardCharsets.UTF_8);
    Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    LOG.info("Hot folder: {} quarantined: {}", file.getFileName(), reason);
  }

  private static Path unique(Path target) {
    Path candidate = target;
    for (int n = 1; Files.exists(candidate); n++) {
      candidate = target.resolveSibling(n + "-" + target.getFileName());
    }
    return candidate;
  }

  private static FileState state(Path file) {
    try {
      return new FileState(Files.size(file), Files.getLastModifiedTime(file).toInstant());
    } catch (IOException e) {
      return null;
    }
  }
}
