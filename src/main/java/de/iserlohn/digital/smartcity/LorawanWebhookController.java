package de.iserlohn.digital.smartcity;

import java.time.Clock;
import java.util.Map;
import java.util.function.BiFunction;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Uplink webhooks of The Things Stack v3 ({@code /ttn}) and ChirpStack v4 ({@code /chirpstack}).
 * 200 {@code STORED} or {@code DUPLICATE} (a replay is acknowledged, so the network server stops
 * retrying, but stored only once); 4xx with the reason otherwise.
 */
@RestController
@RequestMapping("/api/lorawan")
class LorawanWebhookController {

  private static final int MAX_BODY = 64 * 1024;

  private final WebhookAuthentication authentication;
  private final UplinkIngestion ingestion;
  private final Clock clock;

  LorawanWebhookController(
      WebhookAuthentication authentication, UplinkIngestion ingestion, Clock clock) {
    this.authentication = authentication;
    this.ingestion = ingestion;
    this.clock = clock;
  }

  @PostMapping(path = "/ttn", consumes = MediaType.ALL_VALUE)
  ResponseEntity<?> theThingsStack(
      @RequestBody(required = false) String body,
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestHeader(name = WebhookAuthentication.SIGNATURE_HEADER, required = false)
          String signature) {
    return handle(body, authorization, signature, UplinkFormats::theThingsStack);
  }

  @PostMapping(path = "/chirpstack", consumes = MediaType.ALL_VALUE)
  ResponseEntity<?> chirpStack(
      @RequestBody(required = false) String body,
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestHeader(name = WebhookAuthentication.SIGNATURE_HEADER, required = false)
          String signature) {
    return handle(body, authorization, signature, UplinkFormats::chirpStack);
  }

  private ResponseEntity<?> handle(
      String body,
      String authorization,
      String signature,
      BiFunction<String, java.time.Instant, Uplink> format) {
    if (!authentication.authenticated(authorization, signature, body)) {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.UNAUTHORIZED, "Token oder Signatur fehlt oder ist falsch.");
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
          .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
          .body(problem);
    }
    try {
      if (body != null && body.length() > MAX_BODY) {
        throw new RejectedUplink(RejectedUplink.Reason.MALFORMED_JSON, "body too large");
      }
      Uplink uplink;
      try {
        uplink = format.apply(body, clock.instant());
      } catch (RejectedUplink e) {
        throw ingestion.rejected(e);
      }
      UplinkIngestion.Result result = ingestion.ingest(uplink);
      return ResponseEntity.ok(Map.of("result", result.name(), "uplink", uplink.key()));
    } catch (RejectedUplink e) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.reason.status, e.getMessage());
      problem.setTitle("Uplink abgelehnt");
      problem.setProperty("reason", e.reason.tag());
      return ResponseEntity.status(e.reason.status).body(problem);
    }
  }
}
