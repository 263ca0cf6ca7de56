package de.iserlohn.digital.smartcity.ingestion;

import static de.iserlohn.digital.smartcity.ingestion.SmartcityFixtures.csv;
import static de.iserlohn.digital.smartcity.ingestion.SmartcityFixtures.newDevEui;
import static de.iserlohn.digital.smartcity.ingestion.SmartcityFixtures.newId;
import static org.assertj.core.api.Assertions.assertThat;

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
class RegistryIntegrationTests {

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;

  private ResponseEntity<String> importCsv(String user, String csv) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("text/csv"));
    return http.withBasicAuth(user, user)
        .postForEntity("/api/smartcity/import", new HttpEntity<>(csv, headers), String.class);
  }

  private long assets(String id) {
    return jdbc.queryForObject("select count(*) from sc_asset where id = ?", Long.class, id);
  }

  @Test
  void importIsAllOrNothingWithAMessagePerBadCell() {
    String good = newId("tree");
    String bad = newId("road");
    String csv =
        csv(
            newDevEui()
                + ",DL-TRS21,TREE,"
                + good
                + ",Linde am Markt,51.376,7.70,Innenstadt,,,2024",
            newDevEui() + ",DL-WRM,ROAD_SEGMENT," + bad + ",Hagener Str.,51.37,7.68,Letmathe,,7,");

    ResponseEntity<String> response = importCsv("urichter", csv);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("zeile 3: priorityClass");
    assertThat(assets(good)).isZero();
    assertThat(assets(bad)).isZero();
  }

  @Test
  void stadtbetriebImportsAndReimportsOtherUnitsMayNot() {
    String id = newId("road");
    String devEui = newDevEui();
    String row = devEui + ",DL-WRM,ROAD_SEGMENT," + id + ",Hagener Str.,51.37,7.68,Letmathe,,1,";

    assertThat(importCsv("bschmidt", csv(row)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(importCsv("skoch", csv(row)).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(importCsv("skoch", csv(row.replace(",1,", ",2,"))).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    assertThat(
            jdbc.queryForObject(
                "select priority_class from sc_asset where id = ?", Integer.class, id))
        .isEqualTo(2);
    assertThat(
            http.withBasicAuth("skoch", "skoch")
                .getForEntity("/api/smartcity/assets/unknown-asset", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(
            http.withBasicAuth("skoch", "skoch")
                .exchange(
                    "/api/smartcity/devices/" + devEui,
                    org.springframework.http.HttpMethod.DELETE,
                    null,
                    String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }
}
