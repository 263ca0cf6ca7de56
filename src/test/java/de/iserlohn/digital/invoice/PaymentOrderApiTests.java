package de.iserlohn.digital.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.platform.casefile.SourceChannel;
import de.iserlohn.digital.testsupport.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Payment orders of released invoices over REST: batches, idempotency, CSV and XML files. */
@IntegrationTest
class PaymentOrderApiTests {

  @Autowired TestRestTemplate http;
  @Autowired InvoiceIntake intake;
  @Autowired InvoiceStatusService status;
  @Autowired InvoiceRegister register;

  @Test
  void aReleasedInvoiceBecomesExactlyOnePaymentOrderInCsvAndXml() throws IOException {
    String released = releasedInvoice();
    String notReleased = registeredInvoice();
    String key = UUID.randomUUID().toString();

    ResponseEntity<Map> created = export(key);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String batchId = (String) created.getBody().get("batchId");
    List<Map<String, Object>> orders = (List<Map<String, Object>>) created.getBody().get("orders");
    assertThat(orders).extracting(o -> o.get("registerNumber")).contains(released);
    assertThat(orders).extracting(o -> o.get("registerNumber")).doesNotContain(notReleased);
    assertThat(register.find(released).orElseThrow().status()).isEqualTo("EXPORTED");

    // the same request again (lost answer, retry): the same batch, no second payment order
    ResponseEntity<Map> repeated = export(key);
    assertThat(repeated.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(repeated.getBody()).containsEntry("batchId", batchId);
    // a new export request does not take the exported invoice again
    ResponseEntity<Map> next = export(UUID.randomUUID().toString());
    if (next.getStatusCode() == HttpStatus.CREATED) {
      assertThat((List<Map<String, Object>>) next.getBody().get("orders"))
          .extracting(o -> o.get("registerNumber"))
          .doesNotContain(released);
    } else {
      assertThat(next.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    ResponseEntity<String> csv =
        clerk().getForEntity("/api/invoices/payment-orders/" + batchId + ".csv", String.class);
    assertThat(csv.getHeaders().getContentType().isCompatibleWith(MediaType.valueOf("text/csv")))
        .isTrue();
    assertThat(csv.getBody())
        .startsWith("registernummer;glaeubiger;iban;betrag;")
        .contains(
            "\"" + released + "\";\"[Seller name]\";\"DE79000000001234567890\";336.90;\"EUR\";");
    assertThat(csv.getBody().lines().filter(l -> l.contains(released))).hasSize(1);
    assertThat(csv.getBody().lines().filter(l -> l.contains(released)).findFirst().orElseThrow())
        .contains(";6.74;330.16;");
    assertThat(
            clerk().getForEntity("/api/invoices/payment-orders/" + batchId + ".csv", String.class))
        .extracting(ResponseEntity::getBody)
        .isEqualTo(csv.getBody());

    ResponseEntity<String> xml =
        clerk().getForEntity("/api/invoices/payment-orders/" + batchId + ".xml", String.class);
    assertThat(xml.getBody())
        .contains("registernummer=\"" + released + "\"")
        .contains("<IBAN>DE79000000001234567890</IBAN>")
        .contains("<Betrag waehrung=\"EUR\">336.90</Betrag>");
  }

  @Test
  void onlyTheBuchhaltungExportsPaymentOrders() {
    ResponseEntity<String> mailroom =
        http.withBasicAuth("pbecker", "pbecker")
            .exchange(
                "/api/invoices/payment-orders", HttpMethod.POST, HttpEntity.EMPTY, String.class);
    assertThat(mailroom.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    ResponseEntity<String> badKey = post("x".repeat(101));
    assertThat(badKey.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badKey.getBody()).contains("Idempotency-Key", "1 bis 100 Zeichen");
  }

  private TestRestTemplate clerk() {
    return http.withBasicAuth("kfischer", "kfischer");
  }

  private ResponseEntity<Map> export(String key) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(PaymentOrderController.IDEMPOTENCY_KEY, key);
    return clerk()
        .exchange(
            "/api/invoices/payment-orders", HttpMethod.POST, new HttpEntity<>(headers), Map.class);
  }

  private ResponseEntity<String> post(String key) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(PaymentOrderController.IDEMPOTENCY_KEY, key);
    return clerk()
        .exchange(
            "/api/invoices/payment-orders",
            HttpMethod.POST,
            new HttpEntity<>(headers),
            String.class);
  }

  /** An invoice with Skonto after the Anordnung (the release step the process performs). */
  private String releasedInvoice() throws IOException {
    String number = registeredInvoice();
    status.release(number, "kfischer, mwagner, demo");
    return number;
  }

  private String registeredInvoice() throws IOException {
    String xml =
        Files.readString(InvoiceCheckTests.UBL_STANDARD)
            .replaceFirst("<cbc:ID>[^<]*</cbc:ID>", "<cbc:ID>PO-" + UUID.randomUUID() + "</cbc:ID>")
            .replace(
                "<cbc:Note>Zahlbar sofort ohne Abzug.</cbc:Note>",
                "<cbc:Note>#SKONTO#TAGE=14#PROZENT=2.00#\n</cbc:Note>");
    return intake
        .receive(
            xml.getBytes(StandardCharsets.UTF_8),
            "rechnung.xml",
            SourceChannel.API,
            InvoiceApprovalProcessTests.SUPPLIER)
        .registerNumber();
  }
}
