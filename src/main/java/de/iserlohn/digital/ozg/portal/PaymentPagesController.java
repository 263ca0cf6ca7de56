package de.iserlohn.digital.ozg.portal;

import de.iserlohn.digital.ozg.payment.Payment;
import de.iserlohn.digital.ozg.payment.Payments;
import de.iserlohn.digital.ozg.payment.TestPaymentProvider;
import de.iserlohn.digital.platform.web.NotFoundException;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The payment pages: the return from the provider with its signed result ({@code
 * /portal/zahlung/rueckmeldung}, every provider) and the payment page of the built-in test provider
 * ({@code /portal/testzahlung/<reference>}: "bezahlen" or "abbrechen").
 */
@Controller
@RequestMapping("/portal")
class PaymentPagesController {

  static final String CALLBACK = "/portal/zahlung/rueckmeldung";

  private final Payments payments;
  private final ObjectProvider<TestPaymentProvider> testProvider;

  PaymentPagesController(Payments payments, ObjectProvider<TestPaymentProvider> testProvider) {
    this.payments = payments;
    this.testProvider = testProvider;
  }

  @GetMapping("/testzahlung/{reference}")
  String testPaymentPage(@PathVariable String reference, Model model) {
    testProvider();
    model.addAttribute("payment", payment(reference));
    return "portal/testzahlung";
  }

  @PostMapping("/testzahlung/{reference}")
  String testPayment(@PathVariable String reference, @RequestParam("aktion") String action) {
    TestPaymentProvider provider = testProvider();
    Payment payment = payment(reference);
    String status = "bezahlen".equals(action) ? "PAID" : "CANCELLED";
    return "redirect:"
        + UriComponentsBuilder.fromPath(CALLBACK)
            .queryParam("referenz", reference)
            .queryParam("status", status)
            .queryParam("betrag", payment.amountCents())
            .queryParam("signatur", provider.sign(reference, status, payment.amountCents()))
            .build()
            .toUriString();
  }

  @GetMapping("/zahlung/rueckmeldung")
  String callback(
      @RequestParam("referenz") String reference,
      @RequestParam("status") String status,
      @RequestParam("betrag") long amountCents,
      @RequestParam("signatur") String signature,
      Model model) {
    Payment payment = payments.confirm(reference, status, amountCents, signature);
    model.addAttribute("payment", payment);
    model.addAttribute("paid", Payment.PAID.equals(payment.status()));
    return "portal/zahlung-ergebnis";
  }

  private Payment payment(String reference) {
    return payments
        .find(reference)
        .filter(p -> Payment.OPEN.equals(p.status()))
        .orElseThrow(() -> NotFoundException.of("Offene Zahlung", reference));
  }

  private TestPaymentProvider testProvider() {
    return Optional.ofNullable(testProvider.getIfAvailable())
        .orElseThrow(() -> new NotFoundException("Die Testzahlung ist nicht eingeschaltet."));
  }
}
