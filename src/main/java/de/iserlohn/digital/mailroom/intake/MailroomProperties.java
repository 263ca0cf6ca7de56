package de.iserlohn.digital.mailroom.intake;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code iserlohn.mailroom.*}.
 *
 * @param inbox the scanners' hot folder ({@code MAILROOM_INBOX})
 * @param hotFolderEnabled whether the hot folder is watched
 * @param pollInterval how often the hot folder is read
 * @param stableFor how long a file's size and modification time must not change before it counts as
 *     completely written
 * @param maxSize largest accepted file
 * @param maxPixels largest accepted image (width x height of any page): protects against
 *     decompression bombs
 * @param maxPages most pages accepted in one file
 * @param confidenceThreshold classifications below this confidence go to a clerk
 * @param originalRetentionDays days a paper original is kept before it may be destroyed
 */
@ConfigurationProperties("iserlohn.mailroom")
public record MailroomProperties(
    Path inbox,
    Boolean hotFolderEnabled,
    Duration pollInterval,
    Duration stableFor,
    DataSize maxSize,
    Long maxPixels,
    Integer maxPages,
    Double confidenceThreshold,
    Integer originalRetentionDays) {

  public MailroomProperties {
    inbox = inbox == null ? Path.of("./data/mailroom/inbox") : inbox;
    hotFolderEnabled = hotFolderEnabled == null || hotFolderEnabled;
    pollInterval = pollInterval == null ? Duration.ofSeconds(5) : pollInterval;
    stableFor = stableFor == null ? Duration.ofSeconds(2) : stableFor;
    maxSize = maxSize == null ? DataSize.ofMegabytes(20) : maxSize;
    maxPixels = maxPixels == null ? 80_000_000L : maxPixels;
    maxPages = maxPages == null ? 200 : maxPages;
    confidenceThreshold = confidenceThreshold == null ? 0.7 : confidenceThreshold;
    originalRetentionDays = originalRetentionDays == null ? 90 : originalRetentionDays;
  }

  /** Files whose batch is committed are moved here. */
  public Path processed() {
    return inbox.resolveSibling("processed");
  }

  /** Rejected files and their notes. */
  public Path quarantine() {
    return inbox.resolveSibling("quarantine");
  }
}
