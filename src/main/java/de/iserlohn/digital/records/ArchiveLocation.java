package de.iserlohn.digital.records;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Where the drop folder is: configured, else {@code <data-dir>/archive}. */
@Component
class ArchiveLocation {

  private final Path dataDir;

  ArchiveLocation(@Value("${iserlohn.data-dir:./data}") Path dataDir) {
    this.dataDir = dataDir;
  }

  Path root(RecordsProperties properties) {
    Path configured = properties.archive().dropFolder();
    return (configured != null ? configured : dataDir.resolve("archive"))
        .toAbsolutePath()
        .normalize();
  }
}
