package de.iserlohn.digital.ozg.portal;

import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The place picker of start forms with latitude and longitude, over HTTP (no browser needed). */
@IntegrationTest
class PortalMapTests {

  @Autowired TestRestTemplate http;

  @Test
  void theDefectReportFormOffersAMapAndKeepsTheCoordinateFields() {
    ResponseEntity<String> page = http.getForEntity("/portal/dienste/defect-report", String.class);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody())
        .contains("class=\"kartenauswahl\" hidden")
        .contains("aria-label=\"Karte von Iserlohn zur Auswahl der Stelle\"")
        .contains("/webjars/leaflet/1.9.4/dist/leaflet.js")
        .contains("<label for=\"feld-latitude\"><span>Breitengrad (optional)</span>")
        .contains("<label for=\"feld-longitude\"><span>Längengrad (optional)</span>")
        .contains("id=\"feld-latitude\" name=\"latitude\"")
        .contains("id=\"feld-longitude\" name=\"longitude\"");
    assertThat(http.getForEntity("/webjars/leaflet/1.9.4/dist/leaflet.js", String.class))
        .extracting(ResponseEntity::getStatusCode)
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void aFormWithoutCoordinatesHasNoMap() {
    ResponseEntity<String> page =
        http.getForEntity("/portal/dienste/bulky-waste-pickup", String.class);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).doesNotContain("kartenauswahl").doesNotContain("leaflet");
  }
}
