package de.iserlohn.digital.records;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The folder shared with the state archive: the platform puts its messages and packages into {@code
 * outbox} (written under a temporary name, then renamed, so the archive never reads half a file),
 * the archive puts its messages into {@code inbox}; what was read is moved to {@code inbox/done}.
 */
@Component
class ArchiveDropFolder {

  private final Path outbox;
  private final Path inbox;
  private final Path done;

  ArchiveDropFolder(RecordsProperties properties, ArchiveLocation location) {
    Path root = location.root(properties);
    this.outbox = root.resolve("outbox");
    this.inbox = root.resolve("inbox");
    this.done = inbox.resolve("done");
    try {
      Files.createDirectories(outbox);
      Files.createDirectories(done);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the archive drop folder at " + root, e);
    }
  }

  /** Puts a message or package into the outbox. */
  void send(String fileName, byte[] content) {
    try {
      Path temp = Files.createTempFile(outbox, ".sending-", ".part");
      Files.write(temp, content);
      Files.move(
          temp,
          outbox.resolve(fileName),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + fileName + " to the archive outbox", e);
    }
  }

  /** The files the archive put into the inbox, oldest name first. */
  List<Path> incoming() {
    try (Stream<Path> files = Files.list(inbox)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the archive inbox " + inbox, e);
    }
  }

  /** Moves a read file out of the inbox. */
  void markRead(Path file) {
    try {
      Files.move(
          file, done.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot move " + file + " out of the archive inbox", e);
    }
  }
}
