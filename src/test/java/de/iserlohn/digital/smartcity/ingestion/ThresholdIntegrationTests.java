package de.iserlohn.digital.smartcity.ingestion;

import static de.iserlohn.digital.smartcity.ingestion.SmartcityFixtures.TOKEN;
import static de.iserlohn.digital.smartcity.ingestion.SmartcityFixtures.csv;
import static de.iserlohn.digital.smartcity.ingestion.SmartcityFixtures.newDevEui;
import static de.iserlohn.digital.smartcity.ingestion.SmartcityFixtures.newId;
import static de.iserlohn.digital.smartcity.ingestion.SmartcityFixtures.tts;
import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.testsupport.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Fill levels arriving over the webhook change the bin's state with hysteresis. */
@IntegrationTest
class ThresholdIntegrationTests {

  @Autowired TestRestTemplate http;
  @Autowired Registry registry;
  @Autowired JdbcTemplate jdbc;

  /** A DL-MBX payload measuring the distance that gives the fill level in a 1000 mm bin. */
  private static String fill(double percent) {
    int distance = (int) Math.round(1000 - percent * 10);
    return String.format("02012f0003%04x00010bb1", distance);
  }

  private void uplink(String devEui, int fCnt, double percent, String time) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setBearerAuth(TOKEN);
    assertThat(
            http.postForEntity(
                    "/api/lorawan/ttn",
                    new HttpEntity<>(tts(devEui, fCnt, 1, fill(percent), time), headers),
                    String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  private List<String> changes(String assetId) {
    return jdbc.queryForList(
        "select to_state from sc_asset_state_change where asset_id = ? order by changed_at",
        String.class,
        assetId);
  }

  @Test
  void aFillLevelHoveringAtEightyPercentMakesTheBinDueOnce() {
    String devEui = newDevEui();
    String assetId = newId("bin");
    registry.importRows(
        RegistryCsv.parse(
            csv(
                devEui
                    + ",DL-MBX,WASTE_BIN,"
                    + assetId
                    + ",Tonne Alter Rathausplatz,51.37,7.69,Innenstadt,1000,,")));

    double[] levels = {79, 81, 79.5, 80.5, 79.9, 82};
    for (int i = 0; i < levels.length; i++) {
      uplink(devEui, i + 1, levels[i], "2026-11-21T0" + i + ":00:00Z");
    }
    assertThat(changes(assetId)).containsExactly("DUE");

    // a late reading from before the bin became due does not reset it
    uplink(devEui, 100, 10, "2026-11-20T23:00:00Z");
    uplink(devEui, 7, 100, "2026-11-21T07:00:00Z");
    uplink(devEui, 8, 99, "2026-11-21T08:00:00Z");
    uplink(devEui, 9, 100, "2026-11-21T09:00:00Z");
    uplink(devEui, 10, 3, "2026-11-21T10:00:00Z");

    assertThat(changes(assetId)).containsExactly("DUE", "OVERFLOW", "OK");

    // the public map shows the bin without a login, with its latest level only
    ResponseEntity<String> bins = http.getForEntity("/api/public/smartcity/bins", String.class);
    assertThat(bins.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(bins.getBody()).contains("\"id\":\"" + assetId + "\"", "\"fillLevel\":3.0");
    assertThat(http.postForEntity("/api/public/smartcity/bins", null, String.class).getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.UNAUTHORIZED);

    // the German map page, anonymous, with the same data as a table and Leaflet from the WebJar
    ResponseEntity<String> page = http.getForEntity("/smartcity/karte", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody())
        .contains(
            "<html lang=\"de\"",
            "Tonne Alter Rathausplatz",
            "3 %",
            // measured at 10:00 UTC: a German date and time in Iserlohn (CET), not the raw instant
            "<time datetime=\"2026-11-21T10:00:00Z\">21.11.2026 11:00</time>",
            "/webjars/leaflet/1.9.4/dist/leaflet.js")
        .doesNotContain("https://", ">2026-11-21T10:00:00Z<");
    assertThat(
            http.getForEntity("/webjars/leaflet/1.9.4/dist/leaflet.js", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(http.getForEntity("/smartcity/karte.js", String.class).getBody())
        .contains("/api/public/smartcity/");
  }

  private void treeUplink(String devEui, int fCnt, double kpa, String time) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setBearerAuth(TOKEN);
    assertThat(
            http.postForEntity(
                    "/api/lorawan/ttn",
                    new HttpEntity<>(
                        tts(devEui, fCnt, 1, SmartcityFixtures.trs21(kpa), time), headers),
                    String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void aTreeNeedsWaterAfterTwoDryReadingsAndTheNextTwoMoistOnesConfirmTheWatering() {
    String devEui = newDevEui();
    String assetId = newId("tree");
    registry.importRows(
        RegistryCsv.parse(
            csv(
                devEui
                    + ",DL-TRS21,TREE,"
                    + assetId
                    + ",Linde Schillerplatz,51.37,7.70,Letmathe,,,2024")));

    treeUplink(devEui, 1, 40, "2026-07-01T06:00:00Z");
    assertThat(changes(assetId)).isEmpty();
    assertThat(http.getForObject("/api/public/smartcity/trees", String.class))
        .doesNotContain(assetId);

    treeUplink(devEui, 2, 45, "2026-07-01T12:00:00Z");
    assertThat(changes(assetId)).containsExactly("DRY");
    assertThat(http.getForObject("/api/public/smartcity/trees", String.class)).contains(assetId);

    treeUplink(devEui, 3, 12, "2026-07-02T06:00:00Z");
    assertThat(changes(assetId)).containsExactly("DRY");
    treeUplink(devEui, 4, 14, "2026-07-02T12:00:00Z");
    assertThat(changes(assetId)).containsExactly("DRY", "OK");
  }

  @Test
  void concurrentFirstReadingsOfANewBinAreAllStored() throws Exception {
    String devEui = newDevEui();
    String assetId = newId("bin");
    registry.importRows(
        RegistryCsv.parse(
            csv(
                devEui
                    + ",DL-MBX,WASTE_BIN,"
                    + assetId
                    + ",Tonne Markt,51.37,7.69,Innenstadt,1000,,")));

    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<?>> sent = new java.util.ArrayList<>();
      for (int i = 1; i <= 4; i++) {
        int fCnt = i;
        sent.add(pool.submit(() -> uplink(devEui, fCnt, 85, "2026-11-21T06:00:0" + fCnt + "Z")));
      }
      for (var f : sent) {
        f.get(); // each answered 200 (asserted in uplink)
      }
    } finally {
      pool.shutdown();
    }
    assertThat(
            jdbc.queryForObject(
                "select count(*) from sc_uplink where dev_eui = ?", Long.class, devEui))
        .isEqualTo(4);
    assertThat(changes(assetId)).containsExactly("DUE");
  }
}
