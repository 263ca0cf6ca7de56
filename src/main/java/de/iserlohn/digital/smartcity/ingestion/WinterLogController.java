package de.iserlohn.digital.smartcity.ingestion;

import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.identity.CurrentUsers;
import de.iserlohn.digital.platform.identity.OrgUnits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Winter-service evidence: vehicles post telematics ({@code /api/telematics/winter}, same token or
 * HMAC as the LoRaWAN webhooks); the Stadtbetrieb reads, exports (CSV, GeoJSON, with the hashes)
 * and verifies a vehicle's chain of a day.
 */
@RestController
class WinterLogController {

  private final WinterLog log;
  private final WinterTelematics telematics;
  private final WebhookAuthentication authentication;

  WinterLogController(
      WinterLog log, WinterTelematics telematics, WebhookAuthentication authentication) {
    this.log = log;
    this.telematics = telematics;
    this.authentication = authentication;
  }

  @PostMapping(path = "/api/telematics/winter", consumes = MediaType.ALL_VALUE)
  ResponseEntity<?> append(
      @RequestBody(required = false) String body,
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestHeader(name = WebhookAuthentication.SIGNATURE_HEADER, required = false)
          String signature) {
    if (!authentication.authenticated(authorization, signature, body)) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
          .body(
              ProblemDetail.forStatusAndDetail(
                  HttpStatus.UNAUTHORIZED, "Token oder Signatur fehlt oder ist falsch."));
    }
    WinterLogChain.Entry entry = telematics.record(body);
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(Map.of("seq", entry.seq(), "hash", entry.hash()));
  }

  @GetMapping("/api/smartcity/winter-log/{vehicleId}/{day}")
  List<WinterLogChain.Entry> entries(
      @PathVariable String vehicleId,
      @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
    requireStadtbetrieb();
    return log.day(vehicleId, day);
  }

  @GetMapping("/api/smartcity/winter-log/{vehicleId}/{day}/verify")
  WinterLogChain.Verification verify(
      @PathVariable String vehicleId,
      @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
    requireStadtbetrieb();
    return WinterLogChain.verify(log.day(vehicleId, day));
  }

  @GetMapping(
      path = "/api/smartcity/winter-log/{vehicleId}/{day}/export.csv",
      produces = "text/csv")
  ResponseEntity<String> csv(
      @PathVariable String vehicleId,
      @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
    requireStadtbetrieb();
    StringBuilder out =
        new StringBuilder(
            "vehicleId,day,seq,time,lat,lon,ploughDown,spreaderOn,previousHash,hash\n");
    for (WinterLogChain.Entry e : log.day(vehicleId, day)) {
      out.append(
          String.format(
              Locale.ROOT,
              "%s,%s,%d,%s,%.6f,%.6f,%s,%s,%s,%s%n",
              e.vehicleId(),
              e.day(),
              e.seq(),
              e.time(),
              e.lat(),
              e.lon(),
              e.ploughDown(),
              e.spreaderOn(),
              e.previousHash(),
              e.hash()));
    }
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"winterdienst-" + vehicleId + "-" + day + ".csv\"")
        .body(out.toString());
  }

  @GetMapping(
      path = "/api/smartcity/winter-log/{vehicleId}/{day}/export.geojson",
      produces = "application/geo+json")
  Map<String, Object> geoJson(
      @PathVariable String vehicleId,
      @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
    requireStadtbetrieb();
    List<Map<String, Object>> features = new ArrayList<>();
    for (WinterLogChain.Entry e : log.day(vehicleId, day)) {
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("vehicleId", e.vehicleId());
      properties.put("seq", e.seq());
      properties.put("time", e.time().toString());
      properties.put("ploughDown", e.ploughDown());
      properties.put("spreaderOn", e.spreaderOn());
      properties.put("previousHash", e.previousHash());
      properties.put("hash", e.hash());
      features.add(
          Map.of(
              "type",
              "Feature",
              "geometry",
              Map.of("type", "Point", "coordinates", List.of(e.lon(), e.lat())),
              "properties",
              properties));
    }
    return Map.of("type", "FeatureCollection", "features", features);
  }

  private static void requireStadtbetrieb() {
    CurrentUser user = CurrentUsers.current();
    if (!(user.isMemberOf(OrgUnits.STADTBETRIEB) || user.isAdmin())) {
      throw new AccessDeniedException("winter-service log is for the Stadtbetrieb");
    }
  }
}
