package de.iserlohn.digital.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A browser-like session of the Camunda webapps (Tasklist, Cockpit) in the default profile: logs in
 * the way the login page does (CSRF cookie and header) and calls the webapps' own engine API.
 */
public final class WebappSession {

  private final HttpClient client =
      HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  private final String base;
  private String csrf;

  public WebappSession(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  /** Logs into the app ({@code tasklist}, {@code cockpit}, {@code admin}); the HTTP status. */
  public int login(String user, String password, String app) {
    HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/camunda/app/" + app + "/")));
    csrf = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
    String form =
        "username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/" + app))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-XSRF-TOKEN", csrf)
            .POST(HttpRequest.BodyPublishers.ofString(form)))
        .statusCode();
  }

  /** POSTs JSON to the webapps' engine API ({@code /camunda/api/engine/engine/default/...}). */
  public HttpResponse<String> postJson(String path, String json) {
    return send(
        HttpRequest.newBuilder(uri("/camunda/api/engine/engine/default" + path))
            .header("Content-Type", "application/json")
            .header("X-XSRF-TOKEN", csrf)
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private URI uri(String path) {
    return URI.create(base + path);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
