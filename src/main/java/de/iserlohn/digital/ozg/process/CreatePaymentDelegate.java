package de.iserlohn.digital.ozg.process;

import de.iserlohn.digital.ozg.application.ApplicationStatus;
import de.iserlohn.digital.ozg.application.ApplicationStore;
import de.iserlohn.digital.ozg.application.CitizenMail;
import de.iserlohn.digital.ozg.application.OzgProperties;
import de.iserlohn.digital.ozg.payment.Payment;
import de.iserlohn.digital.ozg.payment.PaymentOrder;
import de.iserlohn.digital.ozg.payment.Payments;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Zahlung anlegen": opens the payment of the fee at the provider with its deadline and asks the
 * citizen to pay (portal status and mail with the payment link).
 */
@Component
class CreatePaymentDelegate implements JavaDelegate {

  private final Payments payments;
  private final ApplicationStore store;
  private final CitizenMail mail;
  private final OzgProperties properties;
  private final Clock clock;

  CreatePaymentDelegate(
      Payments payments,
      ApplicationStore store,
      CitizenMail mail,
      OzgProperties properties,
      Clock clock) {
    this.payments = payments;
    this.store = store;
    this.mail = mail;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    BigDecimal amount =
        new BigDecimal(execution.getVariable(OzgProcess.VAR_FEE).toString())
            .setScale(2, RoundingMode.HALF_UP);
    Object reason = execution.getVariable(OzgProcess.VAR_FEE_REASON);
    String purpose = "Gebühr " + caseNumber + (reason == null ? "" : " " + reason);
    LocalDate lastDay = LocalDate.now(clock).plusDays(properties.paymentDays());
    Date due = Date.from(lastDay.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    Payment payment =
        payments.open(new PaymentOrder(caseNumber, amount, shorten(purpose)), due.toInstant());
    String amountText = NumberFormat.getCurrencyInstance(Locale.GERMANY).format(amount);
    String dueText = lastDay.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    store.setStatus(
        caseNumber,
        ApplicationStatus.ZAHLUNG_OFFEN,
        "Bitte bezahlen Sie die Gebühr von " + amountText + " bis " + dueText + ".");
    mail.send(
        caseNumber,
        "ozg-payment-requested",
        Map.of(
            "amount",
            amountText,
            "dueDate",
            dueText,
            "payUrl",
            payment.payUrl().startsWith("/")
                ? properties.publicUrl() + payment.payUrl()
                : payment.payUrl()));
    execution.setVariable(OzgProcess.VAR_PAYMENT_REFERENCE, payment.reference());
    execution.setVariable(OzgProcess.VAR_PAYMENT_DUE_DATE, due);
    execution.setVariable(OzgProcess.VAR_PAID, false);
  }

  private static String shorten(String text) {
    return text.length() <= 250 ? text : text.substring(0, 250);
  }
}
