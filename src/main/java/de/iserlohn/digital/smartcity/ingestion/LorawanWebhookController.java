package de.iserlohn.digital.smartcity.ingestion;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.function.BiFunction;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Uplink webhooks of The Things Stack v3 ({@code /ttn}) and ChirpStack v4 ({@code /chirpstack}).
 * 200 {@code STORED} or {@code DUPLICATE} (a replay is acknowledged, so the network server stops
 * retrying, but stored only once); 4xx with the reason otherwise.
 *
 * <p>The handlers read the body and write the answer on the servlet request and response
 * themselves: Spring MVC's argument resolution and message conversion cost more CPU per uplink than
 * the uplink's own work, and the webhook has to carry thousands per second (ADR 0037).
 */
@RestController
@RequestMapping("/api/lorawan")
class LorawanWebhookController {

  private static final int MAX_BODY = 64 * 1024;

  /** The answer to an accepted uplink. */
  record Answer(String result, String uplink) {}

  private final WebhookAuthentication authentication;
  private final UplinkIngestion ingestion;
  private final Clock clock;
  private final ObjectMapper json;

  LorawanWebhookController(
      WebhookAuthentication authentication,
      UplinkIngestion ingestion,
      Clock clock,
      ObjectMapper json) {
    this.authentication = authentication;
    this.ingestion = ingestion;
    this.clock = clock;
    this.json = json;
  }

  @PostMapping(path = "/ttn", consumes = MediaType.ALL_VALUE)
  void theThingsStack(HttpServletRequest request, HttpServletResponse response) throws IOException {
    handle(request, response, UplinkFormats::theThingsStack);
  }

  @PostMapping(path = "/chirpstack", consumes = MediaType.ALL_VALUE)
  void chirpStack(HttpServletRequest request, HttpServletResponse response) throws IOException {
    handle(request, response, UplinkFormats::chirpStack);
  }

  private void handle(
      HttpServletRequest request,
      HttpServletResponse response,
      BiFunction<String, Instant, Uplink> format)
      throws IOException {
    byte[] content;
    try (InputStream in = request.getInputStream()) {
      content = in.readNBytes(MAX_BODY + 1);
    }
    String body = content.length == 0 ? null : new String(content, StandardCharsets.UTF_8);
    if (!authentication.authenticated(
        request.getHeader(HttpHeaders.AUTHORIZATION),
        request.getHeader(WebhookAuthentication.SIGNATURE_HEADER),
        body)) {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
      write(
          response,
          ProblemDetail.forStatusAndDetail(
              HttpStatus.UNAUTHORIZED, "Token oder Signatur fehlt oder ist falsch."));
      return;
    }
    try {
      if (content.length > MAX_BODY) {
        throw new RejectedUplink(RejectedUplink.Reason.MALFORMED_JSON, "body too large");
      }
      Uplink uplink;
      try {
        uplink = format.apply(body, clock.instant());
      } catch (RejectedUplink e) {
        throw ingestion.rejected(e);
      }
      UplinkIngestion.Result result = ingestion.ingest(uplink);
      write(
          response,
          HttpStatus.OK.value(),
          MediaType.APPLICATION_JSON_VALUE,
          new Answer(result.name(), uplink.key()));
    } catch (RejectedUplink e) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.reason.status, e.getMessage());
      problem.setTitle("Uplink abgelehnt");
      problem.setProperty("reason", e.reason.tag());
      write(response, problem);
    }
  }

  private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
    write(response, problem.getStatus(), MediaType.APPLICATION_PROBLEM_JSON_VALUE, problem);
  }

  private void write(HttpServletResponse response, int status, String contentType, Object body)
      throws IOException {
    byte[] answer = json.writeValueAsBytes(body);
    response.setStatus(status);
    response.setContentType(contentType);
    response.setContentLength(answer.length);
    response.getOutputStream().write(answer);
  }
}
