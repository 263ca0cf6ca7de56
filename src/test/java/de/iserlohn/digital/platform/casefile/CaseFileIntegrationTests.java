package de.iserlohn.digital.platform.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.iserlohn.digital.platform.PlatformProperties;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.web.NotFoundException;
import de.iserlohn.digital.testsupport.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@IntegrationTest
class CaseFileIntegrationTests {

  static final CurrentUser BUERGERBUERO = new CurrentUser("bschmidt", Set.of("buergerbuero"));
  static final CurrentUser ORDNUNGSAMT = new CurrentUser("oweber", Set.of("ordnungsamt"));

  @Autowired CaseFileManagement caseFile;
  @Autowired PlatformProperties properties;
  @Autowired TestRestTemplate http;

  @Test
  void sameContentIsStoredOnceAndFiledOncePerVorgang() throws IOException {
    String a = open("Antrag A", "buergerbuero");
    String b = open("Antrag B", "buergerbuero");
    byte[] content = ("Meldebescheinigung " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);

    DokumentView first = add(a, content, "buergerbuero");
    DokumentView again = add(a, content, "buergerbuero");
    DokumentView inOther = add(b, content, "buergerbuero");

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(inOther.id()).isNotEqualTo(first.id());
    assertThat(inOther.sha256()).isEqualTo(first.sha256());
    assertThat(caseFile.read(a, BUERGERBUERO).documents()).hasSize(1);
    try (Stream<Path> files = Files.walk(properties.dataDir().resolve("documents"))) {
      assertThat(files.filter(p -> p.getFileName().toString().equals(first.sha256()))).hasSize(1);
    }
  }

  @Test
  void readAndDownloadOverRestAreAuditedWithWhoAndWhen() {
    String caseNumber = open("Wohnsitzanmeldung", "buergerbuero");
    byte[] content = "Anmeldeformular".getBytes(StandardCharsets.UTF_8);
    DokumentView doc = add(caseNumber, content, "buergerbuero");
    TestRestTemplate clerk = http.withBasicAuth("bschmidt", "bschmidt");

    ResponseEntity<String> read = clerk.getForEntity("/api/cases/" + caseNumber, String.class);
    ResponseEntity<byte[]> download =
        clerk.getForEntity("/api/cases/" + caseNumber + "/documents/" + doc.id(), byte[].class);

    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(read.getBody()).contains(caseNumber, "Wohnsitzanmeldung", doc.id().toString());
    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(download.getBody()).isEqualTo(content);
    assertThat(download.getHeaders().getETag()).isEqualTo('"' + doc.sha256() + '"');
    assertThat(download.getHeaders().getContentDisposition().getFilename())
        .isEqualTo("nachweis.pdf");

    var trail = caseFile.read(caseNumber, BUERGERBUERO).auditTrail();
    assertThat(trail)
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo(AuditAction.READ);
              assertThat(e.actor()).isEqualTo("bschmidt");
              assertThat(e.at()).isNotNull();
            })
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo(AuditAction.DOWNLOADED);
              assertThat(e.actor()).isEqualTo("bschmidt");
              assertThat(e.documentId()).isEqualTo(doc.id());
            });
  }

  @Test
  void clerkOfAnotherOrgUnitCannotReadTheVorgangAndTheAttemptIsAudited() {
    String caseNumber = open("Gewerbeanmeldung", "buergerbuero");

    assertThatThrownBy(() -> caseFile.read(caseNumber, ORDNUNGSAMT))
        .isInstanceOf(NotFoundException.class);
    ResponseEntity<String> rest =
        http.withBasicAuth("oweber", "oweber")
            .getForEntity("/api/cases/" + caseNumber, String.class);
    ResponseEntity<String> unknown =
        http.withBasicAuth("oweber", "oweber")
            .getForEntity("/api/cases/VG-1900-999999", String.class);

    assertThat(rest.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.getBody()).doesNotContain("Gewerbeanmeldung");
    // the same answer as for a Vorgang that does not exist: existence does not leak
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(caseFile.read(caseNumber, BUERGERBUERO).auditTrail())
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo(AuditAction.ACCESS_DENIED);
              assertThat(e.actor()).isEqualTo("oweber");
            });
  }

  @Test
  void documentOfAnotherOrgUnitIsNeitherListedNorDownloadableForTheClerk() {
    String caseNumber = open("Personalangelegenheit im Bürgerbüro", "buergerbuero");
    DokumentView personnel =
        caseFile.addDocument(
            caseNumber,
            new NewDokument(
                "arbeitsvertrag.pdf",
                "application/pdf",
                "VERTRAG",
                SourceChannel.CLERK,
                "personal",
                RetentionClass.PERSONNEL),
            new ByteArrayInputStream(("Vertrag " + UUID.randomUUID()).getBytes()),
            CurrentUser.SYSTEM);

    assertThat(caseFile.read(caseNumber, BUERGERBUERO).documents()).isEmpty();
    assertThatThrownBy(() -> caseFile.download(caseNumber, personnel.id(), BUERGERBUERO))
        .isInstanceOf(NotFoundException.class);
    ResponseEntity<byte[]> rest =
        http.withBasicAuth("bschmidt", "bschmidt")
            .getForEntity(
                "/api/cases/" + caseNumber + "/documents/" + personnel.id(), byte[].class);
    assertThat(rest.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<byte[]> admin =
        http.withBasicAuth("demo", "demo")
            .getForEntity(
                "/api/cases/" + caseNumber + "/documents/" + personnel.id(), byte[].class);
    assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void ownerReadsTheirOwnVorgangAndNobodyElses() {
    String caseNumber =
        caseFile
            .open(
                OpenVorgang.of(
                        "Bewohnerparkausweis", "test", "ordnungsamt", RetentionClass.STANDARD)
                    .withOwner("citizen-a"),
                CurrentUser.SYSTEM)
            .caseNumber();

    assertThat(caseFile.read(caseNumber, new CurrentUser("citizen-a", Set.of())).title())
        .isEqualTo("Bewohnerparkausweis");
    assertThatThrownBy(() -> caseFile.read(caseNumber, new CurrentUser("citizen-b", Set.of())))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void openingWithAnExistingCaseNumberReturnsTheSameVorgang() {
    String number = "VG-TEST-" + UUID.randomUUID().toString().substring(0, 8);
    OpenVorgang command =
        OpenVorgang.of("Anfrage", "test", "umwelt", RetentionClass.STANDARD).withCaseNumber(number);

    VorgangRef first = caseFile.open(command, CurrentUser.SYSTEM);
    VorgangRef second = caseFile.open(command, CurrentUser.SYSTEM);

    assertThat(second).isEqualTo(first);
    assertThat(caseFile.read(number, CurrentUser.SYSTEM).auditTrail())
        .filteredOn(e -> e.action() == AuditAction.CREATED)
        .hasSize(1);
  }

  @Test
  void aNewVorgangOpensWithItsFirstDocumentAndATakenCaseNumberOpensNothing() {
    String number = "RE-TEST-" + UUID.randomUUID().toString().substring(0, 8);
    OpenVorgang command =
        OpenVorgang.of("Eingangsrechnung", "test", "buchhaltung", RetentionClass.FINANCE)
            .withCaseNumber(number);
    byte[] content = ("Rechnung " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
    NewDokument original =
        NewDokument.of("rechnung.xml", "application/xml", "E-Rechnung", SourceChannel.API);

    OpenedVorgang opened =
        caseFile.openWithDocument(
            command, original, new ByteArrayInputStream(content), CurrentUser.SYSTEM);
    assertThatThrownBy(
            () ->
                caseFile.openWithDocument(
                    command, original, new ByteArrayInputStream(content), CurrentUser.SYSTEM))
        .isInstanceOf(DataIntegrityViolationException.class);

    assertThat(opened.vorgang().caseNumber()).isEqualTo(number);
    VorgangDetails vorgang = caseFile.read(number, CurrentUser.SYSTEM);
    assertThat(vorgang.documents())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.id()).isEqualTo(opened.document().id());
              assertThat(d.fileName()).isEqualTo("rechnung.xml");
              assertThat(d.sha256()).isEqualTo(opened.document().sha256());
            });
    assertThat(vorgang.auditTrail())
        .extracting(AuditView::action)
        .filteredOn(a -> a == AuditAction.CREATED || a == AuditAction.DOCUMENT_ADDED)
        .containsExactly(AuditAction.CREATED, AuditAction.DOCUMENT_ADDED);
  }

  @Test
  void listShowsOnlyTheVorgaengeOfTheClerksOrgUnits() {
    String mine = open("Liste eigene Einheit", "stadtbetrieb");
    String other = open("Liste andere Einheit", "umwelt");

    ResponseEntity<String> list =
        http.withBasicAuth("skoch", "skoch").getForEntity("/api/cases?size=200", String.class);

    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(list.getBody()).contains(mine).doesNotContain(other);
  }

  @Test
  void apiRejectsMissingOrWrongCredentials() {
    assertThat(http.getForEntity("/api/cases", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(
            http.withBasicAuth("bschmidt", "falsch")
                .getForEntity("/api/cases", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private String open(String title, String orgUnit) {
    return caseFile
        .open(OpenVorgang.of(title, "test", orgUnit, RetentionClass.STANDARD), CurrentUser.SYSTEM)
        .caseNumber();
  }

  private DokumentView add(String caseNumber, byte[] content, String orgUnit) {
    return caseFile.addDocument(
        caseNumber,
        NewDokument.of("nachweis.pdf", "application/pdf", "NACHWEIS", SourceChannel.PORTAL),
        new ByteArrayInputStream(content),
        new CurrentUser("portal", Set.of(orgUnit)));
  }
}
