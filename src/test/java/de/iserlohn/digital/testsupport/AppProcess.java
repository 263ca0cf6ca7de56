package de.iserlohn.digital.testsupport;

import de.iserlohn.digital.IserlohnDigitalApplication;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The application in a JVM of its own, started from the test classpath: for tests that restart or
 * kill it (a crash is a SIGKILL, not a context close).
 */
public final class AppProcess implements AutoCloseable {

  private final Process process;
  private final int port;
  private final Path log;

  private AppProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /**
   * Starts the application with these properties and waits until its health is UP. The class path
   * is this JVM's, or {@code iserlohn.app.classpath} where that is not the application's (the
   * benchmark runs inside Maven's exec plugin).
   */
  public static AppProcess start(Map<String, String> properties) {
    try {
      int port = freePort();
      Path log = Files.createTempFile("iserlohn-app-", ".log");
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xmx768m");
      command.add("-XX:TieredStopAtLevel=1");
      command.add("-Dserver.port=" + port);
      command.add("-Dspring.main.banner-mode=off");
      properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
      command.add("-cp");
      // no empty entries: an empty entry would put the working directory on the classpath
      command.add(
          String.join(
              File.pathSeparator,
              Arrays.stream(
                      System.getProperty(
                              "iserlohn.app.classpath", System.getProperty("java.class.path"))
                          .split(File.pathSeparator))
                  .filter(entry -> !entry.isBlank())
                  .toList()));
      command.add(IserlohnDigitalApplication.class.getName());
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      AppProcess app = new AppProcess(process, port, log);
      app.awaitHealthy(Duration.ofSeconds(300));
      return app;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  /** Kills the JVM at once (SIGKILL), as a crash or a power cut would. */
  public void kill() {
    process.destroyForcibly();
    waitFor();
  }

  @Override
  public void close() {
    process.destroy();
    waitFor();
  }

  private void waitFor() {
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void awaitHealthy(Duration timeout) {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Application exited during start:\n" + tail());
      }
      try {
        HttpResponse<String> health =
            client.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200) {
          return;
        }
      } catch (IOException notYetListening) {
        // keep waiting
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      try {
        process.waitFor(500, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    kill();
    throw new IllegalStateException("Application not healthy within " + timeout + ":\n" + tail());
  }

  private String tail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no log)";
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
