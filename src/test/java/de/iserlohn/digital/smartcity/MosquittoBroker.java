package de.iserlohn.digital.smartcity;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real mosquitto broker for tests: found on the PATH (or in the sbin directories, where Debian
 * puts it), started on a free loopback port with a generated configuration, stopped by {@link
 * #close()}. Public for the benchmark ({@code uplinks-mqtt}).
 */
public final class MosquittoBroker implements AutoCloseable {

  private final Process process;
  private final Path dir;
  public final int port;

  private MosquittoBroker(Process process, Path dir, int port) {
    this.process = process;
    this.dir = dir;
    this.port = port;
  }

  static Optional<Path> binary() {
    List<String> dirs =
        new ArrayList<>(
            List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
    dirs.addAll(List.of("/usr/sbin", "/usr/local/sbin", "/sbin"));
    return dirs.stream()
        .filter(d -> !d.isBlank())
        .map(d -> Path.of(d, "mosquitto"))
        .filter(Files::isExecutable)
        .findFirst();
  }

  public static MosquittoBroker start() throws IOException {
    Path binary =
        binary()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "mosquitto not installed (apt-get install mosquitto)"));
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    Path dir = Files.createTempDirectory("mosquitto");
    Path config = dir.resolve("mosquitto.conf");
    Files.writeString(
        config,
        "listener "
            + port
            + " 127.0.0.1\nallow_anonymous true\npersistence false\n"
            + "max_queued_messages 100000\n"
            // QoS 1 messages in flight to one client (default 20): the application acknowledges
            // after the commit of a batch, so the batch can only be as large as this
            + "max_inflight_messages 1000\n");
    Process process =
        new ProcessBuilder(binary.toString(), "-c", config.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("mosquitto.log").toFile())
            .start();
    MosquittoBroker broker = new MosquittoBroker(process, dir, port);
    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(50))
        .until(broker::accepting);
    return broker;
  }

  public String url() {
    return "tcp://127.0.0.1:" + port;
  }

  private boolean accepting() {
    if (!process.isAlive()) {
      throw new IllegalStateException("mosquitto exited with " + process.exitValue());
    }
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void close() throws Exception {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.deleteIfExists(f);
      }
    }
    Files.deleteIfExists(dir);
  }
}
