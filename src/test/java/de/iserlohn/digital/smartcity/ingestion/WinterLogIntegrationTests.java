package de.iserlohn.digital.smartcity.ingestion;

import static de.iserlohn.digital.smartcity.ingestion.SmartcityFixtures.TOKEN;
import static de.iserlohn.digital.smartcity.ingestion.SmartcityFixtures.newId;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.iserlohn.digital.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class WinterLogIntegrationTests {

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  private final ObjectMapper json = new ObjectMapper();

  private ResponseEntity<String> send(String body, String token) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (token != null) {
      headers.setBearerAuth(token);
    }
    return http.postForEntity(
        "/api/telematics/winter", new HttpEntity<>(body, headers), String.class);
  }

  private static String record(String vehicle, String time, double lat, boolean plough) {
    return """
        {"vehicleId":"%s","time":"%s","lat":%s,"lon":7.6949,"ploughDown":%s,"spreaderOn":true}
        """
        .formatted(vehicle, time, lat, plough);
  }

  private JsonNode get(String path) throws Exception {
    ResponseEntity<String> response =
        http.withBasicAuth("skoch", "skoch").getForEntity(path, String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return json.readTree(response.getBody());
  }

  @Test
  void theDaysChainVerifiesExportsWithHashesAndDetectsAModifiedEntry() throws Exception {
    String vehicle = newId("WD");
    assertThat(
            send(record(vehicle, "2026-01-12T04:00:00.123456789Z", 51.371, false), TOKEN)
                .getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    send(record(vehicle, "2026-01-12T04:00:10Z", 51.372, true), TOKEN);
    send(record(vehicle, "2026-01-12T04:00:20Z", 51.373, true), TOKEN);
    assertThat(send(record(vehicle, "2026-01-12T04:00:30Z", 51.374, true), null).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(send("{\"vehicleId\":\"" + vehicle + "\"}", TOKEN).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);

    String base = "/api/smartcity/winter-log/" + vehicle + "/2026-01-12";
    JsonNode verified = get(base + "/verify");
    assertThat(verified.path("intact").asBoolean()).isTrue();
    assertThat(verified.path("entries").asInt()).isEqualTo(3);
    String csv =
        http.withBasicAuth("skoch", "skoch").getForObject(base + "/export.csv", String.class);
    assertThat(csv.lines()).hasSize(4);
    assertThat(csv).contains(verified.path("lastHash").asText());
    JsonNode geo = get(base + "/export.geojson");
    assertThat(geo.path("features")).hasSize(3);
    assertThat(geo.at("/features/2/properties/hash").asText())
        .isEqualTo(verified.path("lastHash").asText());
    assertThat(geo.at("/features/0/geometry/coordinates/1").asDouble()).isEqualTo(51.371);

    // somebody edits the database: the plough was "down" at 04:00:10
    jdbc.update(
        "update sc_winter_log set plough_down = ? where vehicle_id = ? and seq = 2",
        false,
        vehicle);

    JsonNode broken = get(base + "/verify");
    assertThat(broken.path("intact").asBoolean()).isFalse();
    assertThat(broken.path("firstBrokenSeq").asInt()).isEqualTo(2);
    assertThat(
            http.withBasicAuth("bschmidt", "bschmidt")
                .getForEntity(base + "/verify", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }
}
