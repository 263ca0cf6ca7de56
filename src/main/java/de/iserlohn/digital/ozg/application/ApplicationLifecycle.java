package de.iserlohn.digital.ozg.application;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.iserlohn.digital.ozg.OzgProperties;
import de.iserlohn.digital.ozg.catalogue.FormField;
import de.iserlohn.digital.ozg.catalogue.ServiceCatalogue;
import de.iserlohn.digital.ozg.catalogue.ServiceDefinition;
import de.iserlohn.digital.ozg.payment.Payment;
import de.iserlohn.digital.ozg.payment.PaymentOrder;
import de.iserlohn.digital.ozg.payment.Payments;
import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.notification.OutgoingMail;
import de.iserlohn.digital.platform.web.CityTime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner of an application's lifecycle after its submission: every change of its status, the
 * texts the citizen reads in the portal's status history and the mails that go with them, and the
 * look-up of an application that must exist. The processes' delegates and listeners are adapters
 * onto these steps; a service model's own progress texts come in through {@link #record}.
 */
@Service
@Transactional
public class ApplicationLifecycle {

  static final String RECEIVED = "Ihr Antrag ist eingegangen.";
  static final String DEFAULT_REQUEST = "Bitte reichen Sie die fehlenden Unterlagen nach.";

  private final ApplicationStore store;
  private final ServiceCatalogue catalogue;
  private final Payments payments;
  private final CaseFileManagement caseFile;
  private final CitizenMail mail;
  private final OzgProperties properties;
  private final ObjectMapper json;
  private final Clock clock;

  ApplicationLifecycle(
      ApplicationStore store,
      ServiceCatalogue catalogue,
      Payments payments,
      CaseFileManagement caseFile,
      CitizenMail mail,
      OzgProperties properties,
      ObjectMapper json,
      Clock clock) {
    this.store = store;
    this.catalogue = catalogue;
    this.payments = payments;
    this.caseFile = caseFile;
    this.mail = mail;
    this.properties = properties;
    this.json = json;
    this.clock = clock;
  }

  /** The application of a case. */
  @Transactional(readOnly = true)
  public ApplicationRecord require(String caseNumber) {
    return store.find(caseNumber).orElseThrow(() -> new ApplicationNotFoundException(caseNumber));
  }

  /** The application of a case as a notice or a forwarding shows it. */
  @Transactional(readOnly = true)
  public ApplicationSummary summary(String caseNumber) {
    ApplicationRecord application = require(caseNumber);
    ServiceDefinition service = catalogue.get(application.serviceId());
    Map<String, Object> data = data(application);
    Map<String, String> answers = new LinkedHashMap<>();
    for (FormField field : service.fields()) {
      if (!field.isFile() && data.containsKey(field.key())) {
        answers.put(field.label(), field.display(data.get(field.key())));
      }
    }
    return new ApplicationSummary(
        caseNumber, service.title(), application.applicantName(), answers);
  }

  /** Records a new application: {@link ApplicationStatus#EINGEGANGEN}. */
  void received(ApplicationRecord application) {
    store.insert(application, RECEIVED);
  }

  /** A step of a service model with its own text for the citizen, e.g. "in Bearbeitung". */
  public void record(String caseNumber, ApplicationStatus status, String text) {
    store.setStatus(caseNumber, status, text);
  }

  /** A text for the citizen that leaves the status as it is. */
  public void note(String caseNumber, String text) {
    store.setStatus(caseNumber, require(caseNumber).status(), text);
  }

  /**
   * Asks the citizen for missing documents ({@link ApplicationStatus#UNTERLAGEN_ANGEFORDERT}) until
   * the end of the day {@code replyDays} from today, in the portal and by mail.
   *
   * @param missing what is missing; blank: a general request
   * @return the request as made
   */
  public DocumentsRequested requestDocuments(String caseNumber, String missing) {
    String text = missing == null || missing.isBlank() ? DEFAULT_REQUEST : missing;
    LocalDate lastDay = CityTime.today(clock).plusDays(properties.replyDays());
    Instant due = CityTime.startOfDay(lastDay.plusDays(1));
    store.openRequest(caseNumber, text, due);
    String dueText = lastDay.format(CityTime.DATE);
    store.setStatus(
        caseNumber,
        ApplicationStatus.UNTERLAGEN_ANGEFORDERT,
        "Bitte reichen Sie bis " + dueText + " nach: " + text);
    mail.send(caseNumber, "ozg-documents-requested", Map.of("request", text, "dueDate", dueText));
    return new DocumentsRequested(text, due);
  }

  /** What was asked for, and the end of the reply period. */
  public record DocumentsRequested(String text, Instant dueAt) {}

  /** The citizen sent the missing documents: back to {@link ApplicationStatus#IN_BEARBEITUNG}. */
  public void documentsReceived(String caseNumber) {
    closeRequest(
        caseNumber,
        DocumentRequest.ANSWERED,
        "Ihre Unterlagen sind eingegangen und werden geprüft.");
  }

  /** The reply period ended without an answer: back to {@link ApplicationStatus#IN_BEARBEITUNG}. */
  public void documentRequestExpired(String caseNumber) {
    closeRequest(
        caseNumber,
        DocumentRequest.EXPIRED,
        "Die Frist für die nachgeforderten Unterlagen ist abgelaufen.");
  }

  private void closeRequest(String caseNumber, String requestStatus, String text) {
    store.closeRequest(caseNumber, requestStatus);
    store.setStatus(caseNumber, ApplicationStatus.IN_BEARBEITUNG, text);
  }

  /**
   * Opens the payment of a fee at the provider, payable until the end of the day {@code
   * paymentDays} from today, and asks the citizen to pay ({@link ApplicationStatus#ZAHLUNG_OFFEN},
   * mail with the payment link).
   *
   * @param reason what the fee is for (part of the purpose), or {@code null}
   */
  public Payment requestPayment(String caseNumber, BigDecimal fee, Object reason) {
    BigDecimal amount = fee.setScale(2, RoundingMode.HALF_UP);
    String purpose = "Gebühr " + caseNumber + (reason == null ? "" : " " + reason);
    LocalDate lastDay = CityTime.today(clock).plusDays(properties.paymentDays());
    Payment payment =
        payments.open(
            new PaymentOrder(caseNumber, amount, shorten(purpose)),
            CityTime.startOfDay(lastDay.plusDays(1)));
    String amountText = NumberFormat.getCurrencyInstance(Locale.GERMANY).format(amount);
    String dueText = lastDay.format(CityTime.DATE);
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
    return payment;
  }

  /** The notice is in the portal; the citizen gets it by mail too. The status stays. */
  public void noticeDelivered(String caseNumber, String title, UUID document) {
    note(caseNumber, "Ihr Bescheid „" + title + "“ liegt unter „Meine Anträge“ bereit.");
    mail.send(
        caseNumber,
        "ozg-notice-delivered",
        Map.of("noticeTitle", title),
        List.of(new OutgoingMail.Attachment(caseNumber, document)));
  }

  /**
   * Closes the application with its final status, closes its Vorgang and tells the citizen.
   *
   * @param outcome {@code GENEHMIGT}, {@code ABGELEHNT}, {@code STORNIERT} or {@code ERLEDIGT}
   * @param reason the clerk's reason, or {@code null}
   */
  public void close(String caseNumber, ApplicationStatus outcome, Object reason) {
    if (!outcome.closed()) {
      throw new IllegalArgumentException("Not a final status: " + outcome);
    }
    String text = closingText(outcome);
    store.setStatus(caseNumber, outcome, text);
    caseFile.close(
        caseNumber,
        outcome.label() + (reason == null || reason.toString().isBlank() ? "" : ": " + reason),
        CurrentUser.SYSTEM);
    mail.send(
        caseNumber, "ozg-application-closed", Map.of("status", outcome.label(), "text", text));
  }

  private static String closingText(ApplicationStatus outcome) {
    return switch (outcome) {
      case GENEHMIGT -> "Ihr Antrag wurde genehmigt.";
      case ABGELEHNT -> "Ihr Antrag wurde abgelehnt.";
      case STORNIERT ->
          "Ihr Antrag wurde storniert, weil die Gebühr nicht rechtzeitig bezahlt wurde.";
      default -> "Ihr Anliegen ist erledigt.";
    };
  }

  private Map<String, Object> data(ApplicationRecord application) {
    try {
      return json.readValue(application.dataJson(), new TypeReference<Map<String, Object>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String shorten(String text) {
    return text.length() <= 250 ? text : text.substring(0, 250);
  }
}
