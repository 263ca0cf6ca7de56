package de.iserlohn.digital.ozg.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.ozg.OzgTestCases;
import de.iserlohn.digital.testsupport.IntegrationTest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

@IntegrationTest
class OzgApiTests {

  static final String SUBMIT = "/api/ozg/services/bulky-waste-pickup/applications";

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;

  @Test
  void theCatalogueDescribesEveryFieldWithItsRules() {
    List<Map<String, Object>> services =
        http.getForObject("/api/ozg/services?q=sperrm", List.class);

    assertThat(services).extracting(s -> s.get("id")).containsExactly("bulky-waste-pickup");
    List<Map<String, Object>> fields = (List<Map<String, Object>>) services.get(0).get("fields");
    assertThat(fields)
        .anySatisfy(
            f -> {
              assertThat(f.get("key")).isEqualTo("postalCode");
              assertThat(f.get("required")).isEqualTo(true);
              assertThat(f.get("pattern")).isEqualTo("^586(36|38|40|42|44)$");
            })
        .anySatisfy(
            f -> {
              assertThat(f.get("key")).isEqualTo("photos");
              assertThat((Map<String, Object>) f.get("upload"))
                  .containsEntry("maxFiles", 3)
                  .containsEntry("maxSizeMb", 5)
                  .containsEntry("mediaTypes", List.of("image/jpeg", "image/png"));
            });
    assertThat(http.getForEntity("/api/ozg/services/unbekannt", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void anAcceptedApplicationCanBeFollowedWithItsAccessCodeOnly() {
    ResponseEntity<Map> created =
        http.postForEntity(SUBMIT, OzgTestCases.bulkyWaste("kesbern", 2), Map.class);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = (String) created.getBody().get("caseNumber");
    String code = (String) created.getBody().get("accessCode");
    assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count())
        .isOne();
    ResponseEntity<Map> status = get(caseNumber, code);
    assertThat(status.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(status.getBody()).containsEntry("status", "EINGEGANGEN");
    assertThat((List<Map<String, Object>>) status.getBody().get("documents"))
        .anySatisfy(d -> assertThat(d.get("documentType")).isEqualTo("ANTRAG"));
    assertThat(get(caseNumber, null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get(caseNumber, "AAAA-BBBB-CCCC").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get("VG-1999-999999", code).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void tooManyWrongAccessCodesLockTheGuessingClientButNotTheCitizen() {
    Map body = http.postForObject(SUBMIT, OzgTestCases.bulkyWaste("kesbern", 2), Map.class);
    String caseNumber = (String) body.get("caseNumber");
    String guesser = "203.0.113.51";
    for (int i = 0; i < 5; i++) {
      assertThat(get(caseNumber, "XXXX-XXXX-XXX" + i, guesser).getStatusCode())
          .isEqualTo(HttpStatus.NOT_FOUND);
    }

    ResponseEntity<Map> locked = get(caseNumber, (String) body.get("accessCode"), guesser);
    ResponseEntity<Map> citizen = get(caseNumber, (String) body.get("accessCode"), "198.51.100.52");

    assertThat(locked.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat((String) locked.getBody().get("detail")).contains("Zu viele Fehlversuche");
    assertThat(citizen.getStatusCode())
        .as("finding 7: the right code still works")
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void invalidFieldsAreRejectedWithAGermanMessagePerFieldAndNothingIsStored() {
    Map<String, Object> fields = OzgTestCases.bulkyWaste("mars", 0);
    fields.remove("lastName");
    fields.put("postalCode", "10115");
    fields.put("email", "keine-adresse");
    fields.put("confirmation", false);
    fields.put("colour", "rot");
    long before = stored();

    ResponseEntity<Map> answer = http.postForEntity(SUBMIT, fields, Map.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(answer))
        .containsEntry("lastName", "Bitte füllen Sie das Feld „Nachname“ aus.")
        .containsEntry(
            "postalCode", "Bitte geben Sie eine Iserlohner Postleitzahl an (58636 bis 58644).")
        .containsEntry("email", "Bitte geben Sie eine gültige E-Mail-Adresse an.")
        .containsEntry("district", "Bitte wählen Sie für „Stadtteil“ einen der angebotenen Werte.")
        .containsEntry("volume", "„Menge in Kubikmetern“ muss mindestens 1 sein.")
        .containsEntry(
            "confirmation",
            "Bitte bestätigen Sie „Ich stelle den Sperrmüll am Abholtag bis 6 Uhr gut sichtbar an"
                + " den Straßenrand.“.")
        .containsEntry("colour", "Dieses Feld gibt es im Formular nicht.");
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void aFileIsJudgedByItsContentNotItsName() {
    long before = stored();

    ResponseEntity<Map> answer =
        multipart(Map.of("photos", List.of(file("sofa.png", OzgTestCases.PDF))), null);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(answer))
        .containsEntry(
            "photos", "Die Datei „sofa.png“ hat keinen erlaubten Dateityp (erlaubt: JPEG, PNG).");
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void moreFilesThanAFieldTakesAreRejected() {
    ByteArrayResource png = file("a.png", OzgTestCases.PNG);
    long before = stored();

    ResponseEntity<Map> answer = multipart(Map.of("photos", List.of(png, png, png, png)), null);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(answer))
        .containsEntry(
            "photos", "Für „Fotos des Sperrmülls (optional)“ sind höchstens 3 Dateien erlaubt.");
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void aFileAboveTheFieldsLimitIsRejectedWith413() {
    byte[] big = Arrays.copyOf(OzgTestCases.PNG, 6 * 1024 * 1024);
    long before = stored();

    ResponseEntity<Map> answer = multipart(Map.of("photos", List.of(file("gross.png", big))), null);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(errors(answer))
        .containsEntry("photos", "Die Datei „gross.png“ ist größer als 5 MB.");
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void anApplicationWithPhotosKeepsThemInTheCaseFile() {
    ResponseEntity<Map> answer =
        multipart(Map.of("photos", List.of(file("sofa.png", OzgTestCases.PNG))), null);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    ResponseEntity<Map> status =
        get(
            (String) answer.getBody().get("caseNumber"),
            (String) answer.getBody().get("accessCode"));
    assertThat((List<Map<String, Object>>) status.getBody().get("documents"))
        .anySatisfy(
            d -> {
              assertThat(d.get("fileName")).isEqualTo("sofa.png");
              assertThat(d.get("mediaType")).isEqualTo("image/png");
            });
  }

  @Test
  void theSameIdempotencyKeyAnswersTheFirstResultAndAnotherBodyIs422() {
    String key = UUID.randomUUID().toString();
    Map<String, Object> fields = OzgTestCases.bulkyWaste("kesbern", 2);

    ResponseEntity<Map> first = postWithKey(fields, key);
    long after = stored();
    ResponseEntity<Map> again = postWithKey(fields, key);

    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(again.getBody().get("caseNumber")).isEqualTo(first.getBody().get("caseNumber"));
    assertThat(again.getBody().get("accessCode")).isEqualTo(first.getBody().get("accessCode"));
    assertThat(stored()).isEqualTo(after);
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processInstanceBusinessKey((String) first.getBody().get("caseNumber"))
                .count())
        .isOne();

    fields.put("volume", 3);
    ResponseEntity<Map> other = postWithKey(fields, key);
    assertThat(other.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(stored()).isEqualTo(after);
  }

  private ResponseEntity<Map> postWithKey(Map<String, Object> fields, String key) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set("Idempotency-Key", key);
    return http.postForEntity(SUBMIT, new HttpEntity<>(fields, headers), Map.class);
  }

  private ResponseEntity<Map> multipart(
      Map<String, List<ByteArrayResource>> files, String idempotencyKey) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    OzgTestCases.bulkyWaste("kesbern", 2).forEach((k, v) -> parts.add(k, String.valueOf(v)));
    files.forEach((field, list) -> list.forEach(f -> parts.add(field, f)));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.postForEntity(SUBMIT, new HttpEntity<>(parts, headers), Map.class);
  }

  private ResponseEntity<Map> get(String caseNumber, String code) {
    return get(caseNumber, code, null);
  }

  /** A GET from the given client (the proxy's X-Forwarded-For), or from this machine. */
  private ResponseEntity<Map> get(String caseNumber, String code, String client) {
    HttpHeaders headers = new HttpHeaders();
    if (client != null) {
      headers.set("X-Forwarded-For", client);
    }
    if (code != null) {
      headers.set("X-Access-Code", code);
    }
    return http.exchange(
        "/api/ozg/applications/" + caseNumber,
        HttpMethod.GET,
        new HttpEntity<>(headers),
        Map.class);
  }

  /** Applications, Vorgänge and running processes together: what a submission would create. */
  private long stored() {
    return jdbc.queryForObject("select count(*) from ozg_application", Long.class)
        + jdbc.queryForObject("select count(*) from vorgang", Long.class)
        + runtime.createProcessInstanceQuery().count();
  }

  static Map<String, String> errors(ResponseEntity<Map> answer) {
    Map<String, String> result = new java.util.LinkedHashMap<>();
    for (Map<String, String> e : (List<Map<String, String>>) answer.getBody().get("errors")) {
      result.put(e.get("field"), e.get("message"));
    }
    return result;
  }

  static ByteArrayResource file(String name, byte[] content) {
    return new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return name;
      }
    };
  }
}
