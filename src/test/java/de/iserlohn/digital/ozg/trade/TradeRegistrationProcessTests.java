package de.iserlohn.digital.ozg.trade;

import static de.iserlohn.digital.ozg.trade.TradeRegistrationProcess.PROCESS_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import de.iserlohn.digital.ozg.OzgProcess;
import de.iserlohn.digital.ozg.OzgTestCases;
import de.iserlohn.digital.ozg.application.ApplicationStatus;
import de.iserlohn.digital.ozg.application.ApplicationStore;
import de.iserlohn.digital.ozg.application.Applications;
import de.iserlohn.digital.ozg.application.CitizenCases;
import de.iserlohn.digital.ozg.application.StatusEntry;
import de.iserlohn.digital.ozg.application.SubmissionResult;
import de.iserlohn.digital.ozg.catalogue.Upload;
import de.iserlohn.digital.ozg.payment.Payment;
import de.iserlohn.digital.ozg.payment.Payments;
import de.iserlohn.digital.ozg.payment.TestPaymentProvider;
import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.web.InvalidInputException;
import de.iserlohn.digital.testsupport.IntegrationTest;
import de.iserlohn.digital.testsupport.TestInfrastructure;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class TradeRegistrationProcessTests {

  static final Upload EXTRACT = new Upload("attachments", "handelsregister.pdf", OzgTestCases.PDF);

  @Autowired ProcessEngine engine;
  @Autowired Applications applications;
  @Autowired CitizenCases cases;
  @Autowired ApplicationStore store;
  @Autowired Payments payments;
  @Autowired TestPaymentProvider provider;
  @Autowired CaseFileManagement caseFile;

  OzgTestCases ozg;

  @BeforeEach
  void setUp() {
    init(engine);
    ozg = new OzgTestCases(engine, applications);
  }

  @ParameterizedTest(name = "{0}: {1} EUR, {2}")
  @CsvSource({
    "anmeldung, 26, Gewerbeanmeldebestätigung, 'finanzamt,ihk,statistik'",
    "ummeldung, 20, Gewerbeummeldebestätigung, 'finanzamt,ihk,statistik'",
    "abmeldung, 15, Gewerbeabmeldebestätigung, 'finanzamt,ihk,statistik'"
  })
  void anAcceptedAndPaidNotificationIsConfirmedAndForwarded(
      String kind, int euros, String confirmation, String recipients) {
    SubmissionResult submitted = ozg.submit(PROCESS_KEY, notification(kind, false, 0));
    ProcessInstance instance = ozg.instance(submitted.caseNumber(), PROCESS_KEY);
    ozg.runJobs(submitted.caseNumber());

    assertThat(instance).isWaitingAt(TradeRegistrationProcess.REVIEW_NOTIFICATION);
    assertThat(task(instance)).hasCandidateGroup("ordnungsamt").hasName("Gewerbeanzeige prüfen");
    assertThat(task(instance).getDueDate()).isNotNull();
    complete(task(instance), withVariables(OzgProcess.VAR_DECISION, OzgProcess.APPROVED));
    ozg.runJobs(submitted.caseNumber());
    assertThat(status(submitted)).isEqualTo(ApplicationStatus.ZAHLUNG_OFFEN);
    pay(submitted, euros * 100);

    assertThat(instance)
        .isEnded()
        .hasPassed(
            TradeRegistrationProcess.ISSUE_CONFIRMATION,
            TradeRegistrationProcess.FORWARD_NOTIFICATION,
            TradeRegistrationProcess.NOTIFICATION_FORWARDED)
        .variables()
        .containsEntry(TradeRegistrationProcess.VAR_CONFIRMATION_TITLE, confirmation)
        .containsEntry(TradeRegistrationProcess.VAR_RECIPIENTS, recipients);
    assertThat(status(submitted)).isEqualTo(ApplicationStatus.ERLEDIGT);
    assertThat(caseFile.read(submitted.caseNumber(), CurrentUser.SYSTEM).documents())
        .anySatisfy(d -> assertThat(d.documentType()).isEqualTo("BESCHEID"));
    assertThat(store.history(submitted.caseNumber()))
        .extracting(StatusEntry::text)
        .anySatisfy(
            t ->
                assertThat(t)
                    .isEqualTo(
                        "Ihre Gewerbeanzeige wurde weitergeleitet an: Finanzamt Iserlohn,"
                            + " IHK Mittleres Ruhrgebiet / Südwestfalen,"
                            + " Statistisches Landesamt (IT.NRW)."));
  }

  @Test
  void theReceivingBodiesGetTheDataAndTheConfirmationByMail() throws Exception {
    Map<String, Object> fields = notification("anmeldung", true, 3);
    fields.put("legalForm", "gmbh");
    fields.put("companyName", "Tischlerei Beispiel GmbH");
    fields.put("registerCourt", "Amtsgericht Iserlohn");
    fields.put("registerNumber", "HRB 1234");
    SubmissionResult submitted = ozg.submit(PROCESS_KEY, fields, EXTRACT);
    ozg.runJobs(submitted.caseNumber());
    complete(
        task(ozg.instance(submitted.caseNumber(), PROCESS_KEY)),
        withVariables(OzgProcess.VAR_DECISION, OzgProcess.APPROVED));
    ozg.runJobs(submitted.caseNumber());

    pay(submitted, 2600);

    List<String> bodies =
        List.of(
            "gewerbe@finanzamt-iserlohn.example",
            "gewerbeanzeigen@hwk-swf.example",
            "arbeitsschutz@bezreg-arnsberg.example",
            "gewerbeanzeigen@it.nrw.example");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> bodies.stream().allMatch(to -> forwarded(to, submitted).size() == 1));
    MimeMessage mail = forwarded("gewerbe@finanzamt-iserlohn.example", submitted).get(0);
    assertThat(mail.getSubject())
        .isEqualTo(
            "Gewerbeanzeige Gewerbeanmeldung – Stadt Iserlohn, Aktenzeichen "
                + submitted.caseNumber());
    String html = html(mail);
    assertThat(html)
        .contains("Tischlerei Beispiel GmbH")
        .contains("Gesellschaft mit beschränkter Haftung (GmbH)")
        .contains("HRB 1234")
        .contains("Möbelbau und Innenausbau")
        .contains("01.03.2027");
    assertThat(pdfAttachments(mail)).isEqualTo(1);
    assertThat(forwarded("gewerbeanzeigen@ihk-suedwestfalen.example", submitted)).isEmpty();
  }

  @Test
  void theClerkRejectsWithAReason() {
    SubmissionResult submitted = ozg.submit(PROCESS_KEY, notification("anmeldung", false, 0));
    ProcessInstance instance = ozg.instance(submitted.caseNumber(), PROCESS_KEY);
    ozg.runJobs(submitted.caseNumber());

    complete(
        task(instance),
        withVariables(
            OzgProcess.VAR_DECISION,
            OzgProcess.REJECTED,
            OzgProcess.VAR_DECISION_REASON,
            "Die Betriebsstätte liegt nicht in Iserlohn."));
    ozg.runJobs(submitted.caseNumber());

    assertThat(instance)
        .isEnded()
        .hasPassed(TradeRegistrationProcess.NOTIFICATION_REJECTED)
        .hasNotPassed(
            TradeRegistrationProcess.COLLECT_FEE, TradeRegistrationProcess.FORWARD_NOTIFICATION);
    assertThat(status(submitted)).isEqualTo(ApplicationStatus.ABGELEHNT);
    assertThat(caseFile.read(submitted.caseNumber(), CurrentUser.SYSTEM).documents())
        .anySatisfy(d -> assertThat(d.documentType()).isEqualTo("BESCHEID"));
  }

  @Test
  void aMissingDocumentSentInThePortalReturnsToTheReview() {
    SubmissionResult submitted = ozg.submit(PROCESS_KEY, notification("ummeldung", false, 1));
    ProcessInstance instance = ozg.instance(submitted.caseNumber(), PROCESS_KEY);
    ozg.runJobs(submitted.caseNumber());
    requestDocuments(instance);
    assertThat(status(submitted)).isEqualTo(ApplicationStatus.UNTERLAGEN_ANGEFORDERT);

    cases.reply(
        cases.open(submitted.caseNumber(), submitted.accessCode()),
        List.of(new Upload("files", "erlaubnis.pdf", OzgTestCases.PDF)));

    assertThat(instance).isWaitingAt(TradeRegistrationProcess.REVIEW_NOTIFICATION);
    assertThat(status(submitted)).isEqualTo(ApplicationStatus.IN_BEARBEITUNG);
    assertThat(caseFile.read(submitted.caseNumber(), CurrentUser.SYSTEM).documents())
        .anySatisfy(d -> assertThat(d.fileName()).isEqualTo("erlaubnis.pdf"));
  }

  @Test
  void anUnansweredRequestCanEndInARejection() {
    SubmissionResult submitted = ozg.submit(PROCESS_KEY, notification("anmeldung", false, 0));
    ProcessInstance instance = ozg.instance(submitted.caseNumber(), PROCESS_KEY);
    ozg.runJobs(submitted.caseNumber());
    requestDocuments(instance);

    ozg.decide(
        ozg.unansweredRequest(submitted.caseNumber()),
        OzgProcess.OUTCOME_REJECT,
        "Die Erlaubnis nach § 34c GewO wurde nicht vorgelegt.");

    assertThat(instance).isEnded().hasPassed(TradeRegistrationProcess.NOTIFICATION_REJECTED);
    assertThat(status(submitted)).isEqualTo(ApplicationStatus.ABGELEHNT);
  }

  @Test
  void anUnansweredRequestCanBeContinuedWithoutTheDocuments() {
    SubmissionResult submitted = ozg.submit(PROCESS_KEY, notification("abmeldung", false, 0));
    ProcessInstance instance = ozg.instance(submitted.caseNumber(), PROCESS_KEY);
    ozg.runJobs(submitted.caseNumber());
    requestDocuments(instance);

    ozg.decide(ozg.unansweredRequest(submitted.caseNumber()), OzgProcess.OUTCOME_CONTINUE, null);

    assertThat(instance).isWaitingAt(TradeRegistrationProcess.REVIEW_NOTIFICATION);
  }

  @Test
  void anUnpaidNotificationIsCancelledAndNotForwarded() {
    SubmissionResult submitted = ozg.submit(PROCESS_KEY, notification("ummeldung", false, 0));
    ProcessInstance instance = ozg.instance(submitted.caseNumber(), PROCESS_KEY);
    ozg.runJobs(submitted.caseNumber());
    complete(task(instance), withVariables(OzgProcess.VAR_DECISION, OzgProcess.APPROVED));
    ozg.runJobs(submitted.caseNumber());
    assertThat(payments.latestOf(submitted.caseNumber()).orElseThrow().amount())
        .isEqualByComparingTo("20.00");

    ozg.fireTimer(submitted.caseNumber(), OzgProcess.PAYMENT_DEADLINE);

    assertThat(instance)
        .isEnded()
        .hasPassed(TradeRegistrationProcess.NOTIFICATION_CANCELLED)
        .hasNotPassed(
            TradeRegistrationProcess.ISSUE_CONFIRMATION,
            TradeRegistrationProcess.FORWARD_NOTIFICATION);
    assertThat(status(submitted)).isEqualTo(ApplicationStatus.STORNIERT);
  }

  @Test
  void aBusinessOutsideIserlohnAndAWrongRegisterNumberAreRefusedPerField() {
    Map<String, Object> fields = notification("anmeldung", false, 0);
    fields.put("businessPostalCode", "58706");
    fields.put("registerNumber", "1234");
    fields.remove("businessActivity");
    long before =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey(PROCESS_KEY)
            .count();

    assertThatThrownBy(() -> ozg.submit(PROCESS_KEY, fields))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .extracting(f -> f.field() + ": " + f.message())
                    .containsExactlyInAnyOrder(
                        "registerNumber: Bitte geben Sie die Registernummer wie HRB 1234 an"
                            + " (HRA, HRB, GnR, PR, VR oder GsR und die Nummer).",
                        "businessPostalCode: Die Betriebsstätte muss in Iserlohn liegen"
                            + " (Postleitzahl 58636 bis 58644).",
                        "businessActivity: Bitte füllen Sie das Feld „Angemeldete Tätigkeit“"
                            + " aus."));
    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(PROCESS_KEY)
                .count())
        .isEqualTo(before);
  }

  /** A valid notification of a sole trader. */
  static Map<String, Object> notification(String kind, boolean craft, int employees) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("notificationKind", kind);
    fields.put("legalForm", "einzelunternehmen");
    fields.put("firstName", "Jana");
    fields.put("lastName", "Beispiel");
    fields.put("email", "jana.beispiel@example.org");
    fields.put("street", "Hagener Straße 10");
    fields.put("postalCode", "58642");
    fields.put("city", "Iserlohn");
    fields.put("businessStreet", "Unnaer Straße 5");
    fields.put("businessPostalCode", "58636");
    fields.put("businessActivity", "Möbelbau und Innenausbau");
    fields.put("craft", craft);
    fields.put("employees", employees);
    fields.put("effectiveDate", "2027-03-01");
    if ("ummeldung".equals(kind)) {
      fields.put("changeDescription", "Erweiterung um den Handel mit Küchen");
    }
    if ("abmeldung".equals(kind)) {
      fields.put("deregistrationReason", "aufgabe");
    }
    fields.put("truthful", true);
    return fields;
  }

  private void requestDocuments(ProcessInstance instance) {
    ozg.requestDocuments(instance, "Erlaubnis nach § 34c GewO");
    ozg.runJobs(instance.getBusinessKey());
  }

  private void pay(SubmissionResult submitted, long cents) {
    Payment payment = payments.latestOf(submitted.caseNumber()).orElseThrow();
    assertThat(payment.amountCents()).isEqualTo(cents);
    payments.confirm(
        payment.reference(), "PAID", cents, provider.sign(payment.reference(), "PAID", cents));
    ozg.runJobs(submitted.caseNumber());
  }

  private ApplicationStatus status(SubmissionResult submitted) {
    return store.find(submitted.caseNumber()).orElseThrow().status();
  }

  private static List<MimeMessage> forwarded(String to, SubmissionResult submitted) {
    List<MimeMessage> found = new ArrayList<>();
    try {
      for (MimeMessage m : TestInfrastructure.mail().getReceivedMessages()) {
        if (Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(to))
            && m.getSubject().endsWith(submitted.caseNumber())) {
          found.add(m);
        }
      }
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
    return found;
  }

  private static String html(MimeMessage mail) throws Exception {
    StringBuilder text = new StringBuilder();
    collect(mail.getContent(), text, null);
    return text.toString();
  }

  private static int pdfAttachments(MimeMessage mail) throws Exception {
    int[] count = {0};
    collect(mail.getContent(), new StringBuilder(), count);
    return count[0];
  }

  private static void collect(Object content, StringBuilder text, int[] pdfs) throws Exception {
    if (content instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart part = multipart.getBodyPart(i);
        if (part.isMimeType("application/pdf") && pdfs != null) {
          pdfs[0]++;
        } else {
          collect(part.getContent(), text, pdfs);
        }
      }
    } else if (content instanceof String s) {
      text.append(s);
    }
  }
}
