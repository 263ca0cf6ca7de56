package de.iserlohn.digital.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.testsupport.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;

@IntegrationTest
class InvoiceIntegrationTests {

  static final Path UBL = InvoiceCheckTests.UBL_STANDARD;
  static final Path PDFS = InvoiceCheckTests.PDFS;

  @Autowired TestRestTemplate http;
  @Autowired CaseFileManagement caseFile;
  @Autowired JdbcClient jdbc;

  TestRestTemplate clerk() {
    return http.withBasicAuth("kfischer", "kfischer");
  }

  @Test
  void aValidXRechnungIsRegisteredFiledAndReadable() throws IOException {
    byte[] invoice = uniqueUbl("04011000-12345-03");

    ResponseEntity<Map> created = post(invoice, MediaType.APPLICATION_XML);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String number = (String) created.getBody().get("registerNumber");
    assertThat(number).matches("RE-\\d{4}-\\d{6}");
    assertThat(created.getBody())
        .containsEntry("status", "VALID")
        .containsEntry("format", "UBL_INVOICE");
    assertThat(created.getBody()).containsEntry("receivingUnit", "buchhaltung");

    ResponseEntity<Map> read = clerk().getForEntity("/api/invoices/" + number, Map.class);
    assertThat(read.getBody())
        .as("the upload's answer is the register entry as it was stored")
        .isEqualTo(created.getBody())
        .containsEntry("registerNumber", number);
    assertThat((List<?>) read.getBody().get("history")).hasSize(1);

    ResponseEntity<String> view =
        clerk().getForEntity("/api/invoices/" + number + "/view", String.class);
    assertThat(view.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    assertThat(view.getBody()).contains(number, "Prüfbericht", "[Seller name]");

    var vorgang = caseFile.read(number, CurrentUser.SYSTEM);
    assertThat(vorgang.documents())
        .singleElement()
        .satisfies(d -> assertThat(d.sha256()).isEqualTo(InvoiceIntake.sha256(invoice)));
  }

  @Test
  void aDuplicateIsAnsweredWithTheFirstRegisterNumber() throws IOException {
    byte[] invoice = uniqueUbl("04011000-12345-03");
    String first =
        (String) post(invoice, MediaType.APPLICATION_XML).getBody().get("registerNumber");

    ResponseEntity<Map> sameFile = post(invoice, MediaType.APPLICATION_XML);
    byte[] sameInvoiceOtherBytes =
        (new String(invoice, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);
    ResponseEntity<Map> sameNumber = post(sameInvoiceOtherBytes, MediaType.APPLICATION_XML);

    assertThat(sameFile.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(sameFile.getBody())
        .containsEntry("registerNumber", first)
        .containsEntry("duplicate", true);
    assertThat(sameNumber.getBody())
        .containsEntry("registerNumber", first)
        .containsEntry("duplicate", true);
  }

  @Test
  void theSameFileUploadedFourTimesAtOnceIsRegisteredOnceAndAnsweredWithThatNumber()
      throws Exception {
    byte[] invoice = uniqueUbl("04011000-12345-03");
    long before = registered();
    ExecutorService clients = Executors.newFixedThreadPool(4);
    try {
      CyclicBarrier start = new CyclicBarrier(4);
      List<Future<ResponseEntity<Map>>> answers = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        answers.add(
            clients.submit(
                () -> {
                  start.await();
                  return post(invoice, MediaType.APPLICATION_XML);
                }));
      }
      List<ResponseEntity<Map>> responses = new ArrayList<>();
      for (Future<ResponseEntity<Map>> answer : answers) {
        responses.add(answer.get(60, TimeUnit.SECONDS));
      }

      assertThat(responses)
          .extracting(ResponseEntity::getStatusCode)
          .containsOnly(HttpStatus.CREATED, HttpStatus.OK)
          .containsOnlyOnce(HttpStatus.CREATED);
      assertThat(responses)
          .extracting(r -> r.getBody().get("registerNumber"))
          .containsOnly(responses.get(0).getBody().get("registerNumber"));
      assertThat(registered()).isEqualTo(before + 1);
    } finally {
      clients.shutdownNow();
    }
  }

  @Test
  void anInvoiceBreakingRulesIsRegisteredAsInvalidWithItsRuleIds() throws IOException {
    byte[] invoice =
        new String(uniqueUbl("04011000-12345-03"), StandardCharsets.UTF_8)
            .replaceAll("<cbc:BuyerReference>[^<]*</cbc:BuyerReference>", "")
            .getBytes(StandardCharsets.UTF_8);

    ResponseEntity<Map> created = post(invoice, MediaType.APPLICATION_XML);

    assertThat(created.getBody()).containsEntry("status", "INVALID");
    assertThat((List<Map<String, Object>>) created.getBody().get("findings"))
        .anyMatch(f -> "BR-DE-15".equals(f.get("ruleId")) && "ERROR".equals(f.get("severity")));
    assertThat(
            clerk()
                .getForEntity("/api/invoices/" + created.getBody().get("registerNumber"), Map.class)
                .getBody())
        .isEqualTo(created.getBody());
  }

  @Test
  void aZugferdPdfIsTakenAsMultipartUpload() throws IOException {
    var body = new LinkedMultiValueMap<String, Object>();
    byte[] pdf = Files.readAllBytes(PDFS.resolve("EN16931_Einfach.pdf"));
    body.add(
        "file",
        new ByteArrayResource(pdf) {
          @Override
          public String getFilename() {
            return "EN16931_Einfach.pdf";
          }
        });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);

    ResponseEntity<Map> created =
        clerk().postForEntity("/api/invoices", new HttpEntity<>(body, headers), Map.class);

    assertThat(created.getStatusCode().is2xxSuccessful()).isTrue();
    assertThat(created.getBody()).containsEntry("format", "ZUGFERD_PDF");
  }

  @Test
  void badInputIsRejectedWithAReasonAndNothingIsRegistered() throws IOException {
    long before = registered();
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            + "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\">&e;</Invoice>";
    byte[] ubl = Files.readAllBytes(UBL);

    assertRejected(
        post(bytes(xxe), MediaType.APPLICATION_XML), HttpStatus.BAD_REQUEST, "HOSTILE_XML");
    assertRejected(
        post(bytes("kein xml"), MediaType.APPLICATION_XML), HttpStatus.BAD_REQUEST, "NOT_XML");
    assertRejected(
        post(java.util.Arrays.copyOf(ubl, ubl.length / 3), MediaType.APPLICATION_XML),
        HttpStatus.BAD_REQUEST,
        "MALFORMED_XML");
    assertRejected(
        post(bytes("<Bestellung/>"), MediaType.APPLICATION_XML),
        HttpStatus.UNPROCESSABLE_ENTITY,
        "NOT_AN_INVOICE");
    assertRejected(
        post(
            Files.readAllBytes(
                PDFS.resolve("MustangGnuaccountingBeispielRE-20170509_505blanko.pdf")),
            MediaType.APPLICATION_PDF),
        HttpStatus.UNPROCESSABLE_ENTITY,
        "PDF_WITHOUT_INVOICE");
    assertRejected(
        post(new byte[11 * 1024 * 1024], MediaType.APPLICATION_XML),
        HttpStatus.PAYLOAD_TOO_LARGE,
        "TOO_LARGE");

    assertThat(registered()).isEqualTo(before);
  }

  @Test
  void onlyTheBuchhaltungReadsTheRegister() throws IOException {
    String number =
        (String)
            post(uniqueUbl("04011000-12345-03"), MediaType.APPLICATION_XML)
                .getBody()
                .get("registerNumber");

    ResponseEntity<String> other =
        http.withBasicAuth("bschmidt", "bschmidt")
            .getForEntity("/api/invoices/" + number, String.class);
    ResponseEntity<List> search =
        clerk().getForEntity("/api/invoices?status=VALID&supplier=seller", List.class);

    assertThat(other.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat((List<Map<String, Object>>) search.getBody())
        .anyMatch(i -> number.equals(i.get("registerNumber")));
  }

  private long registered() {
    return jdbc.sql("select count(*) from invoice_register").query(Long.class).single();
  }

  private static void assertRejected(
      ResponseEntity<Map> response, HttpStatus status, String reason) {
    assertThat(response.getStatusCode()).isEqualTo(status);
    assertThat(response.getBody())
        .containsEntry("reason", reason)
        .containsEntry("outcome", "REJECTED");
  }

  private ResponseEntity<Map> post(byte[] body, MediaType type) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(type);
    return clerk().postForEntity("/api/invoices", new HttpEntity<>(body, headers), Map.class);
  }

  private static byte[] uniqueUbl(String buyerReference) throws IOException {
    return Files.readString(UBL)
        .replaceFirst("<cbc:ID>[^<]*</cbc:ID>", "<cbc:ID>IT-" + UUID.randomUUID() + "</cbc:ID>")
        .replaceFirst("BuyerReference>[^<]*</", "BuyerReference>" + buyerReference + "</")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
