package de.iserlohn.digital.platform.casefile;

import de.iserlohn.digital.platform.PlatformProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Stores content under {@code DATA_DIR/documents/ab/cd/<sha256>}. Content is written to a temporary
 * file while it is hashed and then moved into place atomically, so a crash never leaves a partial
 * file under a hash name.
 */
@Component
@ConditionalOnProperty(
    name = "iserlohn.document-store.type",
    havingValue = "filesystem",
    matchIfMissing = true)
class FileSystemDocumentStore implements DocumentStore {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  private final Path root;
  private final Path incoming;

  FileSystemDocumentStore(PlatformProperties properties) {
    this.root = properties.dataDir().resolve("documents").toAbsolutePath().normalize();
    this.incoming = root.resolve("incoming");
    try {
      Files.createDirectories(incoming);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create document store at " + root, e);
    }
  }

  @Override
  public StoredContent put(InputStream content) throws IOException {
    Path temp = Files.createTempFile(incoming, "upload-", ".part");
    try {
      MessageDigest digest = sha256();
      long size;
      try (DigestInputStream in = new DigestInputStream(content, digest)) {
        size = Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
      }
      String hash = HexFormat.of().formatHex(digest.digest());
      Path target = pathOf(hash);
      if (!Files.exists(target)) {
        Files.createDirectories(target.getParent());
        try {
          Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException raced) {
          // another request stored the same content in the meantime: same bytes, nothing to do
        }
      }
      return new StoredContent(hash, size);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  @Override
  public InputStream open(String sha256) throws IOException {
    Path path = pathOf(sha256);
    if (!Files.exists(path)) {
      throw new NoSuchFileException("No content stored for " + sha256);
    }
    return Files.newInputStream(path);
  }

  @Override
  public boolean contains(String sha256) {
    return Files.exists(pathOf(sha256));
  }

  @Override
  public void delete(String sha256) throws IOException {
    Files.deleteIfExists(pathOf(sha256));
  }

  private Path pathOf(String sha256) {
    if (!SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("Not a SHA-256 hash: " + sha256);
    }
    return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
