package de.iserlohn.digital.hr.personnelfile;

import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.platform.casefile.AuditAction;
import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.testsupport.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

@IntegrationTest
class PersonnelFileAccessTests {

  @Autowired TestRestTemplate http;
  @Autowired CaseFileManagement caseFile;

  ResponseEntity<Map> read(String user, String file) {
    return http.withBasicAuth(user, user)
        .getForEntity("/api/hr/personnel-files/" + file, Map.class);
  }

  @Test
  void theEmployeeReadsTheirOwnFileWithItsFourSections() {
    ResponseEntity<Map> answer = read("jmeyer", "jmeyer");

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody())
        .containsEntry("readOnly", true)
        .containsEntry("orgUnit", "ordnungsamt");
    assertThat((java.util.List<Map<String, Object>>) answer.getBody().get("sections"))
        .extracting(s -> s.get("label"))
        .containsExactly("Grunddaten", "Verträge", "Reisen", "Bescheinigungen");
  }

  @Test
  void hrReadsEveryFile() {
    ResponseEntity<Map> answer = read("hhoffmann", "fzimmer");

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody()).containsEntry("readOnly", false);
  }

  @Test
  void anotherEmployeeCannotReadTheFileAndTheAttemptIsAudited() {
    assertThat(read("fzimmer", "jmeyer").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    assertThat(
            caseFile
                .read(PersonnelFileSection.GRUNDDATEN.caseNumber("jmeyer"), CurrentUser.SYSTEM)
                .auditTrail())
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo(AuditAction.ACCESS_DENIED);
              assertThat(e.actor()).isEqualTo("fzimmer");
            });
  }

  @Test
  void theSupervisorCannotReadTheFileOfTheirEmployee() {
    assertThat(read("akrause", "jmeyer").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(read("dlange", "fzimmer").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aMissingFileLooksLikeAForbiddenOne() {
    assertThat(read("hhoffmann", "nobody").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(read("jmeyer", "nobody").getBody().get("detail"))
        .isEqualTo(
            read("jmeyer", "fzimmer")
                .getBody()
                .get("detail")
                .toString()
                .replace("fzimmer", "nobody"));
  }

  @Test
  void everyReadIsAudited() {
    read("jmeyer", "jmeyer");

    assertThat(
            caseFile
                .read(PersonnelFileSection.VERTRAEGE.caseNumber("jmeyer"), CurrentUser.SYSTEM)
                .auditTrail())
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo(AuditAction.READ);
              assertThat(e.actor()).isEqualTo("jmeyer");
            });
  }

  @Test
  void hrUploadsACertificateTheEmployeeSeesButCannotUploadThemselves() {
    byte[] pdf = "%PDF-1.4\n% Bescheinigung Erste Hilfe\n".getBytes();
    assertThat(upload("hhoffmann", "fzimmer", pdf, "erste-hilfe.pdf").getStatusCode())
        .isEqualTo(HttpStatus.CREATED);

    Map<String, Object> file = read("fzimmer", "fzimmer").getBody();
    assertThat(file.get("sections").toString()).contains("erste-hilfe.pdf");
    assertThat(upload("fzimmer", "fzimmer", pdf, "eigene.pdf").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(read("fzimmer", "fzimmer").getBody().get("sections").toString())
        .doesNotContain("eigene.pdf");
  }

  @Test
  void hrCannotUploadAFileThatIsNoPdfOrImage() {
    ResponseEntity<Map> answer =
        upload("hhoffmann", "fzimmer", "MZ\u0090 not a pdf".getBytes(), "vertrag.pdf");

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().get("errors").toString()).contains("file");
    assertThat(read("hhoffmann", "fzimmer").getBody().get("sections").toString())
        .doesNotContain("vertrag.pdf");
  }

  private ResponseEntity<Map> upload(String user, String file, byte[] content, String name) {
    LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("section", "BESCHEINIGUNGEN");
    body.add(
        "file",
        new ByteArrayResource(content) {
          @Override
          public String getFilename() {
            return name;
          }
        });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.withBasicAuth(user, user)
        .postForEntity(
            "/api/hr/personnel-files/" + file + "/documents",
            new HttpEntity<>(body, headers),
            Map.class);
  }
}
