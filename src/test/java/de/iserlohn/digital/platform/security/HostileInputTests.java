package de.iserlohn.digital.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.iserlohn.digital.testsupport.HostileFiles;
import de.iserlohn.digital.testsupport.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hostile input per channel, as data: {@code src/test/resources/hostile/<channel>.tsv}, one attack
 * a line (issue 17). A new finding is a new line. Every answer must be the expected status (never
 * 5xx) with a message; the columns and the body and generator syntax are described in {@code
 * hostile/README.md}.
 */
@IntegrationTest
class HostileInputTests {

  @LocalServerPort int port;

  static Stream<Arguments> portal() {
    return corpus("portal");
  }

  static Stream<Arguments> rest() {
    return corpus("rest");
  }

  static Stream<Arguments> invoice() {
    return corpus("invoice");
  }

  static Stream<Arguments> mailroom() {
    return corpus("mailroom");
  }

  static Stream<Arguments> webhook() {
    return corpus("webhook");
  }

  @ParameterizedTest(name = "portal: {0}")
  @MethodSource("portal")
  void portal(String name, Attack attack) {
    check(attack);
  }

  @ParameterizedTest(name = "REST: {0}")
  @MethodSource("rest")
  void rest(String name, Attack attack) {
    check(attack);
  }

  @ParameterizedTest(name = "invoice: {0}")
  @MethodSource("invoice")
  void invoice(String name, Attack attack) {
    check(attack);
  }

  @ParameterizedTest(name = "mailroom: {0}")
  @MethodSource("mailroom")
  void mailroom(String name, Attack attack) {
    check(attack);
  }

  @ParameterizedTest(name = "webhook: {0}")
  @MethodSource("webhook")
  void webhook(String name, Attack attack) {
    check(attack);
  }

  /** One line of a corpus. */
  record Attack(
      String method,
      String path,
      String auth,
      Map<String, String> headers,
      String body,
      String status,
      String contains) {}

  private void check(Attack attack) {
    long started = System.nanoTime();
    HttpResponse<String> answer = send(attack);
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(answer.statusCode()).as("never a server error").isLessThan(500);
    if (attack.status().endsWith("xx")) {
      assertThat(answer.statusCode() / 100)
          .isEqualTo(Integer.parseInt(attack.status().substring(0, 1)));
    } else {
      assertThat(answer.statusCode())
          .as(answer.body())
          .isEqualTo(Integer.parseInt(attack.status()));
    }
    if (!attack.contains().equals("-")) {
      assertThat(answer.body()).contains(attack.contains());
    }
    if (answer.statusCode() >= 400) {
      assertThat(answer.body()).as("a refusal says why").isNotBlank();
    }
    assertThat(took).as("refused quickly").isLessThan(Duration.ofSeconds(30));
  }

  // ---- sending ----------------------------------------------------------------------------

  private HttpResponse<String> send(Attack attack) {
    HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String base = "http://127.0.0.1:" + port;
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + attack.path())).timeout(Duration.ofSeconds(60));
    attack.headers().forEach(request::header);
    if (!attack.auth().equals("-")) {
      request.header(
          "Authorization",
          attack.auth().startsWith("bearer:")
              ? "Bearer " + attack.auth().substring("bearer:".length())
              : "Basic "
                  + Base64.getEncoder()
                      .encodeToString(attack.auth().getBytes(StandardCharsets.UTF_8)));
    }
    String csrf =
        attack.path().startsWith("/portal/") && !attack.method().equals("GET")
            ? csrfToken(client, base + attack.path())
            : null;
    Body body = body(attack.body(), csrf);
    if (body.contentType() != null) {
      request.header("Content-Type", body.contentType());
    }
    request.method(
        attack.method(),
        body.bytes() == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The portal's CSRF token from the page the form is on (same session). */
  private static String csrfToken(HttpClient client, String url) {
    try {
      String page =
          client
              .send(
                  HttpRequest.newBuilder(URI.create(url)).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
      return m.find() ? m.group(1) : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  record Body(String contentType, byte[] bytes) {}

  /**
   * {@code -}; {@code json:<json>}; {@code ozg:<base>:<json merged into the base>}; {@code
   * form:k=v&...}; {@code raw:<content type>:<generator>}; {@code multipart:<field>:<file
   * name>:<content type>:<k=v&... or ->:<generator>}.
   */
  static Body body(String spec, String csrf) {
    if (spec.equals("-")) {
      return new Body(null, null);
    }
    String[] kind = spec.split(":", 2);
    return switch (kind[0]) {
      case "json" -> new Body("application/json", utf8(kind[1]));
      case "ozg" -> {
        String[] p = kind[1].split(":", 2);
        yield new Body("application/json", utf8(merge(OZG_BASES.get(p[0]), p[1])));
      }
      case "form" ->
          new Body(
              "application/x-www-form-urlencoded",
              utf8(kind[1] + (csrf == null ? "" : "&_csrf=" + csrf)));
      case "raw" -> {
        String[] p = kind[1].split(":", 2);
        yield new Body(p[0], generate(p[1]));
      }
      case "multipart" -> multipart(kind[1], csrf);
      default -> throw new IllegalArgumentException("unknown body " + spec);
    };
  }

  private static Body multipart(String spec, String csrf) {
    String[] p = spec.split(":", 5);
    String[] fieldsThenGenerator = {p[3], p[4]};
    String boundary = "hostile" + UUID.randomUUID().toString().replace("-", "");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Map<String, String> fields = new LinkedHashMap<>();
    if (!fieldsThenGenerator[0].equals("-")) {
      for (String pair : fieldsThenGenerator[0].split("&")) {
        String[] kv = pair.split("=", 2);
        fields.put(kv[0], kv.length > 1 ? kv[1] : "");
      }
    }
    if (csrf != null) {
      fields.put("_csrf", csrf);
    }
    fields.forEach(
        (k, v) ->
            out.writeBytes(
                utf8(
                    "--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n%s\r\n"
                        .formatted(boundary, k, v))));
    out.writeBytes(
        utf8(
            "--%s\r\nContent-Disposition: form-data; name=\"%s\"; filename=\"%s\"\r\nContent-Type: %s\r\n\r\n"
                .formatted(boundary, p[0], p[1], p[2])));
    out.writeBytes(generate(fieldsThenGenerator[1]));
    out.writeBytes(utf8("\r\n--" + boundary + "--\r\n"));
    return new Body("multipart/form-data; boundary=" + boundary, out.toByteArray());
  }

  /** Generators: text:<literal>, repeat:<n>:<text>, zugferd-bomb, pdf-bomb, pixel-bomb-png, png. */
  static byte[] generate(String generator) {
    String[] g = generator.split(":", 2);
    return switch (g[0]) {
      case "text" -> utf8(g[1]);
      case "repeat" -> {
        String[] r = g[1].split(":", 2);
        yield utf8(r[1].repeat(Integer.parseInt(r[0])));
      }
      case "empty" -> new byte[0];
      case "zugferd-bomb" -> HostileFiles.zugferdBomb();
      case "pdf-bomb" -> HostileFiles.pdfBomb();
      case "pixel-bomb-png" -> HostileFiles.pixelBombPng();
      case "png" ->
          Base64.getDecoder()
              .decode(
                  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
      default -> throw new IllegalArgumentException("unknown generator " + generator);
    };
  }

  /** Valid OZG submissions that a line changes (a value replaced or added). */
  static final Map<String, String> OZG_BASES =
      Map.of(
          "bulky-waste-pickup",
          """
          {"firstName":"Erika","lastName":"Mustermann","email":"erika.mustermann@example.org",
           "street":"Schillerplatz 7","postalCode":"58636","district":"kesbern","volume":2,
           "items":"Sofa","electricalAppliances":false,"confirmation":true}""",
          "dog-tax",
          """
          {"registrationType":"anmeldung","firstName":"Erika","lastName":"Mustermann",
           "email":"erika.hund@example.org","street":"Hohler Weg 3","postalCode":"58636",
           "dogName":"Bello","breed":"mischling","effectiveDate":"2026-01-01",
           "dogsInHousehold":0}""");

  @SuppressWarnings("unchecked")
  private static String merge(String base, String override) {
    try {
      ObjectMapper json = new ObjectMapper();
      Map<String, Object> merged = json.readValue(base, LinkedHashMap.class);
      merged.putAll(json.readValue(override, LinkedHashMap.class));
      return json.writeValueAsString(merged);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  // ---- reading the corpora ----------------------------------------------------------------

  static Stream<Arguments> corpus(String channel) {
    String resource = "/hostile/" + channel + ".tsv";
    try (InputStream in = HostileInputTests.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing corpus " + resource);
      }
      List<Arguments> attacks = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t");
        if (c.length != 8) {
          throw new IllegalStateException(resource + ": 8 columns expected: " + line);
        }
        attacks.add(
            Arguments.of(
                c[0],
                new Attack(
                    c[1],
                    unescape(c[2]),
                    c[3],
                    headers(c[4]),
                    unescape(c[5]),
                    c[6],
                    unescape(c[7]))));
      }
      return attacks.stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> headers(String spec) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (!spec.equals("-")) {
      for (String pair : spec.split("\\|")) {
        String[] kv = pair.split("=", 2);
        headers.put(kv[0], unescape(kv[1]));
      }
    }
    return headers;
  }

  /** Backslash escapes: t, n, r, a backslash, u and four hex digits, and x{n*c} (c n times). */
  static String unescape(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\\' || i + 1 == text.length()) {
        out.append(c);
        continue;
      }
      char next = text.charAt(++i);
      switch (next) {
        case 't' -> out.append('\t');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 'u' -> {
          out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
          i += 4;
        }
        case 'x' -> {
          int end = text.indexOf('}', i);
          String[] rep = text.substring(i + 2, end).split("\\*", 2);
          out.append(rep[1].repeat(Integer.parseInt(rep[0])));
          i = end;
        }
        default -> out.append(next);
      }
    }
    return out.toString();
  }
}
