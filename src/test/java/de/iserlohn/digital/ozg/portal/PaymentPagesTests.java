package de.iserlohn.digital.ozg.portal;

import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.ozg.OzgTestCases;
import de.iserlohn.digital.ozg.application.ApplicationStatus;
import de.iserlohn.digital.ozg.application.ApplicationStore;
import de.iserlohn.digital.ozg.application.Applications;
import de.iserlohn.digital.ozg.application.SubmissionResult;
import de.iserlohn.digital.ozg.payment.Payment;
import de.iserlohn.digital.ozg.payment.Payments;
import de.iserlohn.digital.ozg.payment.TestPaymentProvider;
import de.iserlohn.digital.testsupport.IntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The test provider's page and the signed return from the provider, over HTTP. */
@IntegrationTest
class PaymentPagesTests {

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired Applications applications;
  @Autowired Payments payments;
  @Autowired TestPaymentProvider provider;
  @Autowired ApplicationStore store;

  @Test
  void onlyASignedResultPaysTheFeeAndTheApplicationContinues() {
    OzgTestCases ozg = new OzgTestCases(engine, applications);
    SubmissionResult submitted =
        ozg.submit("bulky-waste-pickup", OzgTestCases.bulkyWaste("letmathe", 5));
    ozg.runJobs(submitted.caseNumber());
    Payment payment = payments.latestOf(submitted.caseNumber()).orElseThrow();

    ResponseEntity<String> page = http.getForEntity(payment.payUrl(), String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("20,00 EUR").contains(">bezahlen<").contains(">abbrechen<");

    ResponseEntity<String> forged = callback(payment.reference(), "0".repeat(64));
    assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(payments.find(payment.reference()).orElseThrow().status()).isEqualTo(Payment.OPEN);

    ResponseEntity<String> paid =
        callback(payment.reference(), provider.sign(payment.reference(), "PAID", 2000));
    assertThat(paid.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(paid.getBody()).contains("Zahlung eingegangen");
    ozg.runJobs(submitted.caseNumber());
    assertThat(store.find(submitted.caseNumber()).orElseThrow().status())
        .isEqualTo(ApplicationStatus.GENEHMIGT);
  }

  private ResponseEntity<String> callback(String reference, String signature) {
    return http.getForEntity(
        "/portal/zahlung/rueckmeldung?referenz={r}&status=PAID&betrag=2000&signatur={s}",
        String.class,
        reference,
        signature);
  }
}
