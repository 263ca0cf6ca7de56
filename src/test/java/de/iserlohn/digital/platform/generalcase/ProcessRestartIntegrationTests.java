package de.iserlohn.digital.platform.generalcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.iserlohn.digital.testsupport.AppProcess;
import de.iserlohn.digital.testsupport.TestInfrastructure;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A process with async continuations survives a crash of the JVM (killed with SIGKILL) and
 * completes exactly once after the application is started again on the same database.
 */
@Tag("integration")
class ProcessRestartIntegrationTests {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void asyncContinuationSurvivesAJvmCrashAndCompletesExactlyOnce() throws Exception {
    Map<String, String> properties = new HashMap<>(database());
    properties.putAll(TestInfrastructure.mailProperties());
    properties.put("iserlohn.data-dir", TestInfrastructure.newDataDir().toString());

    String instanceId;
    // first life: no job executor, so the "open case" continuation stays pending; then a crash
    properties.put("camunda.bpm.job-execution.enabled", "false");
    AppProcess first = AppProcess.start(properties);
    try {
      JsonNode started =
          post(
              first,
              "bschmidt",
              "/engine-rest/process-definition/key/general-case/start",
              """
              {"variables": {
                "title": {"value": "Neustart-Test", "type": "String"},
                "orgUnit": {"value": "umwelt", "type": "String"}}}
              """);
      instanceId = started.get("id").asText();
      assertThat(
              get(first, "demo", "/engine-rest/job/count?processInstanceId=" + instanceId)
                  .get("count")
                  .asInt())
          .isEqualTo(1);
    } finally {
      first.kill();
    }

    // second life: the job executor picks up the pending work; the process runs to its end
    properties.put("camunda.bpm.job-execution.enabled", "true");
    try (AppProcess second = AppProcess.start(properties)) {
      JsonNode task =
          await()
              .atMost(Duration.ofSeconds(60))
              .until(
                  () ->
                      get(second, "urichter", "/engine-rest/task?processInstanceId=" + instanceId),
                  tasks -> tasks.size() == 1)
              .get(0);
      post(
          second,
          "urichter",
          "/engine-rest/task/" + task.get("id").asText() + "/complete",
          """
          {"variables": {"outcome": {"value": "erledigt", "type": "String"}}}
          """);
      JsonNode history =
          await()
              .atMost(Duration.ofSeconds(60))
              .until(
                  () -> get(second, "demo", "/engine-rest/history/process-instance/" + instanceId),
                  p -> "COMPLETED".equals(p.path("state").asText()));

      String caseNumber = history.get("businessKey").asText();
      JsonNode vorgang = get(second, "demo", "/api/cases/" + caseNumber);
      assertThat(vorgang.get("status").asText()).isEqualTo("CLOSED");
      assertThat(count(vorgang.get("auditTrail"), "CREATED")).isEqualTo(1);
      assertThat(count(vorgang.get("auditTrail"), "CLOSED")).isEqualTo(1);
      assertThat(
              get(
                      second,
                      "demo",
                      "/engine-rest/history/activity-instance/count?activityId=CloseCase"
                          + "&finished=true&processInstanceId="
                          + instanceId)
                  .get("count")
                  .asInt())
          .isEqualTo(1);
    }
  }

  private static long count(JsonNode trail, String action) {
    long n = 0;
    for (JsonNode entry : trail) {
      if (action.equals(entry.get("action").asText())) {
        n++;
      }
    }
    return n;
  }

  private static Map<String, String> database() {
    if (TestInfrastructure.onPostgres()) {
      return TestInfrastructure.newDatabase("restart");
    }
    // the default profile's setup: an H2 file database
    Path file = TestInfrastructure.newDataDir().resolve("db");
    return Map.of(
        "spring.datasource.url", "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
        "spring.datasource.username", "sa",
        "spring.datasource.password", "");
  }

  private JsonNode get(AppProcess app, String user, String path)
      throws IOException, InterruptedException {
    return send(app, user, HttpRequest.newBuilder(URI.create(app.baseUrl() + path)).GET());
  }

  private JsonNode post(AppProcess app, String user, String path, String body)
      throws IOException, InterruptedException {
    return send(
        app,
        user,
        HttpRequest.newBuilder(URI.create(app.baseUrl() + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private JsonNode send(AppProcess app, String user, HttpRequest.Builder request)
      throws IOException, InterruptedException {
    String basic =
        Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response =
        http.send(
            request.header("Authorization", "Basic " + basic).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
    return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
  }
}
