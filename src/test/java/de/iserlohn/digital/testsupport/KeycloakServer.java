package de.iserlohn.digital.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A real Keycloak for tests, from the distribution Maven fetched
 * (org.keycloak:keycloak-quarkus-dist, path in the system property {@code keycloak.dist}). It
 * imports the project's realm export ({@code docker/keycloak/iserlohn-realm.json}) with test
 * clients added, and a second realm {@code fremd} whose tokens must be refused. One server per JVM,
 * stopped when the JVM ends.
 */
public final class KeycloakServer {

  public static final String REALM = "iserlohn";
  public static final String FOREIGN_REALM = "fremd";

  /** Public test client with password grant, the API audience and the groups claim. */
  public static final String TEST_CLIENT = "iserlohn-tests";

  /** Like {@link #TEST_CLIENT}, but its access tokens live one second. */
  public static final String SHORT_LIVED_CLIENT = "iserlohn-tests-short";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static KeycloakServer instance;

  private final Process process;
  private final String baseUrl;
  private final Path home;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private KeycloakServer(Process process, String baseUrl, Path home) {
    this.process = process;
    this.baseUrl = baseUrl;
    this.home = home;
  }

  /** The server of this JVM, started on first use. */
  public static synchronized KeycloakServer get() {
    if (instance == null) {
      instance = start();
      Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "keycloak-stop"));
    }
    return instance;
  }

  /** Base URL, e.g. {@code http://127.0.0.1:41234}. */
  public String baseUrl() {
    return baseUrl;
  }

  public String issuer(String realm) {
    return baseUrl + "/realms/" + realm;
  }

  /** An access token by password grant (a test user of the realm). */
  public String passwordToken(String realm, String client, String user) {
    return token(
        realm,
        Map.of(
            "grant_type", "password",
            "client_id", client,
            "username", user,
            "password", user,
            "scope", "openid"));
  }

  /** An access token by client credentials (a service account such as the network server). */
  public String clientToken(String client, String secret) {
    return token(
        REALM,
        Map.of("grant_type", "client_credentials", "client_id", client, "client_secret", secret));
  }

  private String token(String realm, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(issuer(realm) + "/protocol/openid-connect/token"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("Token request failed: " + response.body());
      }
      return JSON.readTree(response.body()).get("access_token").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static KeycloakServer start() {
    String dist = System.getProperty("keycloak.dist");
    if (dist == null || !Files.exists(Path.of(dist))) {
      throw new IllegalStateException(
          "Keycloak distribution not found (system property keycloak.dist=" + dist + ")");
    }
    try {
      Path home = Files.createTempDirectory("iserlohn-keycloak-");
      run(List.of("tar", "xzf", dist, "-C", home.toString(), "--strip-components=1"));
      Path imports = Files.createDirectories(home.resolve("data/import"));
      writeRealms(imports);
      int port = freePort();
      String baseUrl = "http://127.0.0.1:" + port;
      ProcessBuilder builder =
          new ProcessBuilder(
                  home.resolve("bin/kc.sh").toString(),
                  "start-dev",
                  "--import-realm",
                  "--http-host=127.0.0.1",
                  "--http-port=" + port,
                  "--http-management-port=" + freePort(),
                  "--hostname-strict=false",
                  "--cache=local")
              .redirectErrorStream(true)
              .redirectOutput(home.resolve("keycloak.log").toFile());
      builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
      builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin-for-tests-only");
      builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms128m -Xmx768m");
      builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
      Process process = builder.start();
      KeycloakServer server = new KeycloakServer(process, baseUrl, home);
      // generous: the first start builds (augments) the distribution, minutes on a busy machine
      server.awaitReady(Duration.ofSeconds(600));
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start Keycloak", e);
    }
  }

  /** The project's realm export with test clients, and a foreign realm with its own keys. */
  private static void writeRealms(Path imports) throws IOException {
    Path export = Path.of("docker/keycloak/iserlohn-realm.json");
    ObjectNode realm = (ObjectNode) JSON.readTree(export.toFile());
    ArrayNode clients = (ArrayNode) realm.get("clients");
    for (JsonNode client : clients) {
      if (client.has("redirectUris")) {
        // the application runs on a random port in tests
        ((ObjectNode) client).set("redirectUris", JSON.createArrayNode().add("*"));
        ((ObjectNode) client.get("attributes")).put("post.logout.redirect.uris", "*");
      }
    }
    clients.add(testClient(TEST_CLIENT, null));
    clients.add(testClient(SHORT_LIVED_CLIENT, "1"));
    JSON.writerWithDefaultPrettyPrinter()
        .writeValue(imports.resolve("iserlohn-realm.json").toFile(), realm);

    ObjectNode foreign = realm.deepCopy();
    foreign.put("realm", FOREIGN_REALM);
    foreign.put("displayName", "Fremder Realm");
    JSON.writerWithDefaultPrettyPrinter()
        .writeValue(imports.resolve("fremd-realm.json").toFile(), foreign);
  }

  private static ObjectNode testClient(String clientId, String lifespanSeconds) {
    ObjectNode client = JSON.createObjectNode();
    client.put("clientId", clientId);
    client.put("enabled", true);
    client.put("publicClient", true);
    client.put("directAccessGrantsEnabled", true);
    client.put("standardFlowEnabled", false);
    ObjectNode attributes = client.putObject("attributes");
    if (lifespanSeconds != null) {
      attributes.put("access.token.lifespan", lifespanSeconds);
    }
    ArrayNode mappers = client.putArray("protocolMappers");
    mapperConfig(mappers, "audience", "oidc-audience-mapper")
        .put("included.client.audience", "iserlohn-api")
        .put("access.token.claim", "true");
    mapperConfig(mappers, "groups", "oidc-group-membership-mapper")
        .put("full.path", "false")
        .put("access.token.claim", "true")
        .put("claim.name", "groups");
    return client;
  }

  /** Adds an OpenID Connect protocol mapper to the client; returns its (empty) config. */
  private static ObjectNode mapperConfig(ArrayNode mappers, String name, String type) {
    ObjectNode mapper = mappers.addObject();
    mapper.put("name", name);
    mapper.put("protocol", "openid-connect");
    mapper.put("protocolMapper", type);
    return mapper.putObject("config");
  }

  private void awaitReady(Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    URI discovery = URI.create(issuer(REALM) + "/.well-known/openid-configuration");
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Keycloak exited during start:\n" + logTail());
      }
      try {
        HttpResponse<Void> response =
            http.send(
                HttpRequest.newBuilder(discovery).build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // keep waiting
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      try {
        process.waitFor(1, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    stop();
    throw new IllegalStateException("Keycloak not ready within " + timeout + ":\n" + logTail());
  }

  private String logTail() {
    try {
      List<String> lines = Files.readAllLines(home.resolve("keycloak.log"));
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log)";
    }
  }

  private void stop() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> paths = Files.walk(home)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temp directory
    }
  }

  private static void run(List<String> command) throws IOException {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        throw new IOException("Failed: " + command + "\n" + out);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
