package de.iserlohn.digital.records;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the Aussonderung ({@code iserlohn.records.*}).
 *
 * @param sender the institution that offers and hands over (Absender of the xdomea messages)
 * @param archive the state archive and how it is reached
 */
@ConfigurationProperties("iserlohn.records")
public record RecordsProperties(String sender, Archive archive) {

  public RecordsProperties {
    sender = sender == null || sender.isBlank() ? "Stadt Iserlohn" : sender;
    archive = archive == null ? new Archive(null, null, null, null) : archive;
  }

  /**
   * The archive.
   *
   * @param name the archive's name (Empfänger)
   * @param dropFolder the folder shared with the archive: the platform writes to {@code
   *     <dropFolder>/outbox}, the archive to {@code <dropFolder>/inbox}; default {@code
   *     <data-dir>/archive}
   * @param pollInterval how often the inbox is read; zero: never by schedule
   * @param xdomeaSchema the official xdomea 3.0.0 schema ({@code xdomea.xsd} of the KoSIT
   *     distribution, with the XÖV schemas it imports) every message is validated against; without
   *     it every incoming message is refused
   */
  public record Archive(String name, Path dropFolder, Duration pollInterval, Path xdomeaSchema) {
    public Archive {
      name = name == null || name.isBlank() ? "Landesarchiv NRW" : name;
      pollInterval = pollInterval == null ? Duration.ofMinutes(1) : pollInterval;
      dropFolder = blank(dropFolder) ? null : dropFolder;
      xdomeaSchema = blank(xdomeaSchema) ? null : xdomeaSchema;
    }

    private static boolean blank(Path path) {
      return path == null || path.toString().isBlank();
    }
  }
}
