package de.iserlohn.digital.mailroom.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.mailroom.ScanDocuments;
import de.iserlohn.digital.testsupport.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

/** The REST upload, the item view, the overview and the page, with the Poststelle's rights. */
@IntegrationTest
class MailroomApiTests {

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theMailroomUploadsABatchAndReadsItsItems() {
    String text = "Schreiben " + UUID.randomUUID();
    byte[] letter = ScanDocuments.pdf(text);
    ResponseEntity<Map> answer =
        upload(
            "pbecker",
            List.of(
                file("brief.pdf", letter),
                file("seiten.tif", ScanDocuments.tiff(text, "Seite 2"))));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    List<Map<String, Object>> items = (List<Map<String, Object>>) answer.getBody().get("items");
    assertThat(items).hasSize(2).allSatisfy(i -> assertThat(i.get("duplicate")).isEqualTo(false));
    String batchId = (String) answer.getBody().get("batchId");
    assertThat(
            jdbc.queryForMap(
                "select scanner, operator_id from mailroom_batch where id = ?",
                UUID.fromString(batchId)))
        .containsEntry("SCANNER", "Scanner 3. OG")
        .containsEntry("OPERATOR_ID", "pbecker");

    Map<String, Object> tiff =
        http.withBasicAuth("pbecker", "pbecker")
            .getForObject("/api/mailroom/items/" + items.get(1).get("id"), Map.class);
    assertThat(tiff)
        .containsEntry("state", "EINGEGANGEN")
        .containsEntry("mediaType", "image/tiff")
        .containsEntry("pages", 2)
        .containsEntry("caseNumber", items.get(1).get("caseNumber"));
    assertThat((String) tiff.get("sha256")).hasSize(64);

    // the same file again is the same item
    ResponseEntity<Map> again = upload("pbecker", List.of(file("brief.pdf", letter)));
    Map<String, Object> repeated =
        ((List<Map<String, Object>>) again.getBody().get("items")).get(0);
    assertThat(repeated)
        .containsEntry("duplicate", true)
        .containsEntry("id", items.get(0).get("id"));

    Map<String, Object> overview =
        http.withBasicAuth("pbecker", "pbecker").getForObject("/api/mailroom/overview", Map.class);
    assertThat((Integer) overview.get("receivedToday")).isGreaterThanOrEqualTo(2);
    assertThat((Integer) overview.get("inRecognition")).isGreaterThanOrEqualTo(2);

    ResponseEntity<String> page =
        http.withBasicAuth("pbecker", "pbecker").getForEntity("/poststelle/", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("Poststelle: Posteingang am", "seiten.tif");
  }

  @Test
  void badFilesRejectTheWholeBatchWithAReasonPerFileAndNothingIsStored() {
    long items = count("mailroom_item");
    long documents = count("dokument");

    ResponseEntity<Map> answer =
        upload(
            "pbecker",
            List.of(
                file("gut.pdf", ScanDocuments.pdf("Gut " + UUID.randomUUID())),
                file("rechnung.pdf", ScanDocuments.executable()),
                file("geheim.pdf", ScanDocuments.encryptedPdf("Geheim")),
                file("kaputt.pdf", ScanDocuments.corruptPdf()),
                file("leer.pdf", new byte[0]),
                file("bombe.png", ScanDocuments.pngBomb())));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    List<Map<String, String>> errors = (List<Map<String, String>>) answer.getBody().get("errors");
    assertThat(errors).allSatisfy(e -> assertThat(e.get("field")).isEqualTo("file"));
    assertThat(errors)
        .extracting(e -> e.get("message"))
        .containsExactly(
            "rechnung.pdf: Der Inhalt ist vom Typ application/x-msdownload; angenommen werden nur PDF, TIFF, PNG und JPEG.",
            "geheim.pdf: Das PDF ist verschlüsselt (kennwortgeschützt).",
            "kaputt.pdf: Das PDF ist beschädigt und nicht lesbar.",
            "leer.pdf: Die Datei ist leer (0 Byte).",
            "bombe.png: Das Bild ist mit 400 Megapixeln zu groß (mögliche Dekompressionsbombe).");
    assertThat(count("mailroom_item")).isEqualTo(items);
    assertThat(count("dokument")).isEqualTo(documents);
  }

  @Test
  void onlyThePoststelleMayUseTheMailroom() {
    ResponseEntity<Map> upload =
        upload("oweber", List.of(file("brief.pdf", ScanDocuments.pdf("x " + UUID.randomUUID()))));
    assertThat(upload.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            http.withBasicAuth("oweber", "oweber")
                .getForEntity("/api/mailroom/items/" + UUID.randomUUID(), Map.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(http.getForEntity("/poststelle/", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(
            http.withBasicAuth("pbecker", "pbecker")
                .getForEntity("/api/mailroom/items/" + UUID.randomUUID(), Map.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  private ResponseEntity<Map> upload(String user, List<HttpEntity<ByteArrayResource>> files) {
    LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    files.forEach(f -> body.add("file", f));
    body.add("scanner", "Scanner 3. OG");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.withBasicAuth(user, user)
        .postForEntity("/api/mailroom/scans", new HttpEntity<>(body, headers), Map.class);
  }

  private static HttpEntity<ByteArrayResource> file(String name, byte[] content) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_PDF);
    return new HttpEntity<>(
        new ByteArrayResource(content) {
          @Override
          public String getFilename() {
            return name;
          }
        },
        headers);
  }

  private long count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Long.class);
  }
}
