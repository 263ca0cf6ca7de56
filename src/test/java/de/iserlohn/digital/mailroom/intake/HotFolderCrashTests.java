package de.iserlohn.digital.mailroom.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.iserlohn.digital.mailroom.ScanDocuments;
import de.iserlohn.digital.testsupport.AppProcess;
import de.iserlohn.digital.testsupport.TestInfrastructure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The hot folder survives a crash: the application (its own JVM) is killed with SIGKILL while it
 * takes a batch of scans, then started again on the same database and folders. Every good file is
 * recorded exactly once and leaves the inbox; a file put back after its commit (a crash between
 * commit and move) is not recorded again; a bad file lies in quarantine with a note.
 */
@Tag("integration")
class HotFolderCrashTests {

  static final int FILES = 30;
  static final ObjectMapper JSON = new ObjectMapper();

  final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void everyScanIsRecordedExactlyOnceAcrossAKilledJvm() throws Exception {
    Path dataDir = TestInfrastructure.newDataDir();
    Path inbox = dataDir.resolve("mailroom/inbox");
    Path processed = dataDir.resolve("mailroom/processed");
    Path quarantine = dataDir.resolve("mailroom/quarantine");
    Map<String, String> properties = new HashMap<>(database(dataDir));
    properties.putAll(TestInfrastructure.mailProperties());
    properties.put("iserlohn.data-dir", dataDir.toString());
    properties.put("iserlohn.mailroom.hot-folder-enabled", "true");
    properties.put("iserlohn.mailroom.poll-interval", "PT0.2S");
    properties.put("iserlohn.mailroom.stable-for", "PT0.1S");
    // the intake is under test, not the recognition: no OCR in these JVMs
    properties.put("camunda.bpm.job-execution.enabled", "false");

    Set<String> names = new HashSet<>();
    AppProcess first = AppProcess.start(properties);
    try {
      Files.createDirectories(inbox);
      for (int i = 0; i < FILES; i++) {
        String name = "scan-%03d.pdf".formatted(i);
        Files.write(inbox.resolve(name), ScanDocuments.pdf("Brief Nummer " + i));
        names.add(name);
      }
      Files.write(inbox.resolve("rechnung.pdf"), ScanDocuments.executable());
      // killed mid-batch, as soon as a few files are through
      await()
          .atMost(Duration.ofSeconds(120))
          .pollInterval(Duration.ofMillis(20))
          .until(() -> count(processed) >= 3);
    } finally {
      first.kill();
    }
    int beforeRestart = count(processed);

    // a crash between commit and move: a committed file is back in the inbox
    Path committed = files(processed).get(0);
    Files.copy(committed, inbox.resolve(committed.getFileName()));

    try (AppProcess second = AppProcess.start(properties)) {
      await().atMost(Duration.ofSeconds(120)).until(() -> files(inbox).isEmpty());
      JsonNode overview = get(second, "/api/mailroom/overview");
      List<String> recorded = new ArrayList<>();
      overview.get("today").forEach(item -> recorded.add(item.get("fileName").asText()));
      assertThat(recorded).hasSize(FILES).doesNotHaveDuplicates();
      assertThat(Set.copyOf(recorded)).isEqualTo(names);
      JsonNode one = overview.get("today").get(0);
      JsonNode vorgang = get(second, "/api/cases/" + one.get("caseNumber").asText());
      assertThat(vorgang.get("documents")).hasSize(1);
    }
    assertThat(beforeRestart).isGreaterThanOrEqualTo(3);
    assertThat(count(processed)).isEqualTo(FILES + 1);
    assertThat(Files.readString(quarantine.resolve("rechnung.pdf" + HotFolder.NOTE_SUFFIX)))
        .contains("Grund: Der Inhalt ist vom Typ application/x-msdownload");
    assertThat(quarantine.resolve("rechnung.pdf")).exists();
  }

  private static Map<String, String> database(Path dataDir) {
    if (TestInfrastructure.onPostgres()) {
      return TestInfrastructure.newDatabase("mailroomcrash");
    }
    return Map.of(
        "spring.datasource.url",
        "jdbc:h2:file:" + dataDir.resolve("db/iserlohn") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
        "spring.datasource.username",
        "sa",
        "spring.datasource.password",
        "");
  }

  private static List<Path> files(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int count(Path dir) {
    return files(dir).size();
  }

  private JsonNode get(AppProcess app, String path) throws IOException, InterruptedException {
    String basic = Base64.getEncoder().encodeToString("demo:demo".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(app.baseUrl() + path))
                .header("Authorization", "Basic " + basic)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }
}
