package de.iserlohn.digital.ozg.dogtax;

import static de.iserlohn.digital.ozg.dogtax.DogTaxProcess.PROCESS_KEY;
import static org.assertj.core.api.Assertions.assertThat;
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
import de.iserlohn.digital.ozg.application.SubmissionResult;
import de.iserlohn.digital.ozg.catalogue.Upload;
import de.iserlohn.digital.ozg.payment.Payments;
import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.testsupport.IntegrationTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class DogTaxProcessTests {

  @Autowired ProcessEngine engine;
  @Autowired Applications applications;
  @Autowired CitizenCases cases;
  @Autowired ApplicationStore store;
  @Autowired Payments payments;
  @Autowired CaseFileManagement caseFile;

  OzgTestCases ozg;

  @BeforeEach
  void setUp() {
    init(engine);
    ozg = new OzgTestCases(engine, applications);
  }

  @Test
  void aSecondDogIsAssessedAtTheSecondDogRateProRataForThisYear() {
    LocalDate since = LocalDate.now().withDayOfMonth(10);
    SubmissionResult submitted =
        ozg.submit(PROCESS_KEY, dog(DogTaxProcess.REGISTRATION, "labrador-retriever", 1, since));
    ProcessInstance instance = ozg.instance(submitted.caseNumber(), PROCESS_KEY);
    ozg.runJobs(submitted.caseNumber());

    assertThat(instance).isWaitingAt(DogTaxProcess.CHECK_REGISTRATION);
    assertThat(instance)
        .variables()
        .containsEntry(DogTaxProcess.VAR_LISTED_DOG, false)
        .containsEntry(DogTaxProcess.VAR_YEARLY_RATE, 168.0)
        .containsEntry(DogTaxProcess.VAR_RATE_REASON, "zweiter Hund");
    assertThat(task(instance))
        .hasCandidateGroup("steueramt")
        .hasName("Hundesteuer-An- oder Abmeldung prüfen");
    complete(task(instance), withVariables(OzgProcess.VAR_DECISION, OzgProcess.APPROVED));
    ozg.runJobs(submitted.caseNumber());

    assertThat(instance)
        .isEnded()
        .hasPassed(DogTaxProcess.ASSESS_TAX, DogTaxProcess.ASSESSMENT_NOTICE)
        .hasNotPassed(DogTaxProcess.END_TAX);
    assertThat(status(submitted)).isEqualTo(ApplicationStatus.GENEHMIGT);
    LocalDate taxFrom = since.withDayOfMonth(1).plusMonths(1);
    assertThat(variable(instance, DogTaxProcess.VAR_TAX_FROM)).isEqualTo(taxFrom.toString());
    assertThat(variable(instance, DogTaxProcess.VAR_YEARLY_TAX)).asString().startsWith("168,00");
    String thisYear =
        taxFrom.getYear() > LocalDate.now().getYear()
            ? "0,00"
            : "%d,00".formatted(14 * (13 - taxFrom.getMonthValue()));
    assertThat(variable(instance, DogTaxProcess.VAR_TAX_THIS_YEAR)).asString().startsWith(thisYear);
    assertThat(caseFile.read(submitted.caseNumber(), CurrentUser.SYSTEM).documents())
        .anySatisfy(d -> assertThat(d.documentType()).isEqualTo("BESCHEID"));
    assertThat(payments.latestOf(submitted.caseNumber())).as("no payment in the portal").isEmpty();
  }

  @Test
  void aListedDogWaitsForTheCertificateOfCompetenceAndIsTaxedAtTheListedRate() {
    SubmissionResult submitted =
        ozg.submit(PROCESS_KEY, dog(DogTaxProcess.REGISTRATION, "rottweiler", 0, LocalDate.now()));
    ProcessInstance instance = ozg.instance(submitted.caseNumber(), PROCESS_KEY);
    ozg.runJobs(submitted.caseNumber());
    assertThat(instance)
        .variables()
        .containsEntry(DogTaxProcess.VAR_LISTED_DOG, true)
        .containsEntry(DogTaxProcess.VAR_LEGAL_BASIS, "§ 10 Abs. 1 LHundG NRW")
        .containsEntry(DogTaxProcess.VAR_YEARLY_RATE, 660.0);

    ozg.requestDocuments(instance, "Sachkundenachweis nach § 11 LHundG NRW");
    assertThat(status(submitted)).isEqualTo(ApplicationStatus.UNTERLAGEN_ANGEFORDERT);
    cases.reply(
        cases.open(submitted.caseNumber(), submitted.accessCode()),
        List.of(new Upload("files", "sachkunde.pdf", OzgTestCases.PDF)));

    assertThat(instance).isWaitingAt(DogTaxProcess.CHECK_REGISTRATION);
    complete(task(instance), withVariables(OzgProcess.VAR_DECISION, OzgProcess.APPROVED));
    ozg.runJobs(submitted.caseNumber());
    assertThat(instance).isEnded().hasPassed(DogTaxProcess.TAX_ASSESSED);
    assertThat(variable(instance, DogTaxProcess.VAR_YEARLY_TAX)).asString().startsWith("660,00");
  }

  @Test
  void theSteueramtRejects() {
    SubmissionResult submitted =
        ozg.submit(PROCESS_KEY, dog(DogTaxProcess.REGISTRATION, "dackel", 0, LocalDate.now()));
    ProcessInstance instance = ozg.instance(submitted.caseNumber(), PROCESS_KEY);
    ozg.runJobs(submitted.caseNumber());

    complete(
        task(instance),
        withVariables(
            OzgProcess.VAR_DECISION,
            OzgProcess.REJECTED,
            OzgProcess.VAR_DECISION_REASON,
            "Der Hund ist bereits angemeldet."));
    ozg.runJobs(submitted.caseNumber());

    assertThat(instance)
        .isEnded()
        .hasPassed(DogTaxProcess.REJECTION_NOTICE, DogTaxProcess.REGISTRATION_REJECTED)
        .hasNotPassed(DogTaxProcess.ASSESS_TAX);
    assertThat(status(submitted)).isEqualTo(ApplicationStatus.ABGELEHNT);
  }

  @Test
  void anUnansweredRequestIsRejectedByTheClerk() {
    SubmissionResult submitted =
        ozg.submit(PROCESS_KEY, dog(DogTaxProcess.REGISTRATION, "bullterrier", 0, LocalDate.now()));
    ProcessInstance instance = ozg.instance(submitted.caseNumber(), PROCESS_KEY);
    ozg.runJobs(submitted.caseNumber());
    ozg.requestDocuments(instance, "Nachweis der Haftpflichtversicherung");

    Task request = ozg.unansweredRequest(submitted.caseNumber());
    assertThat(request).hasCandidateGroup("steueramt");
    ozg.decide(request, OzgProcess.OUTCOME_REJECT, "Keine Haftpflichtversicherung nachgewiesen.");

    assertThat(instance).isEnded().hasPassed(DogTaxProcess.REGISTRATION_REJECTED);
    assertThat(status(submitted)).isEqualTo(ApplicationStatus.ABGELEHNT);
  }

  @Test
  void aDeregistrationEndsTheTaxWithTheMonthAndNeedsNoRate() {
    LocalDate until = LocalDate.now().withDayOfMonth(5);
    Map<String, Object> fields = dog(DogTaxProcess.DEREGISTRATION, "mischling", 0, until);
    fields.put("endReason", "tod");
    SubmissionResult submitted = ozg.submit(PROCESS_KEY, fields);
    ProcessInstance instance = ozg.instance(submitted.caseNumber(), PROCESS_KEY);
    ozg.runJobs(submitted.caseNumber());

    assertThat(instance).isWaitingAt(DogTaxProcess.CHECK_REGISTRATION);
    complete(task(instance), withVariables(OzgProcess.VAR_DECISION, OzgProcess.APPROVED));
    ozg.runJobs(submitted.caseNumber());

    assertThat(instance)
        .isEnded()
        .hasPassed(DogTaxProcess.END_TAX, DogTaxProcess.DEREGISTRATION_NOTICE)
        .hasNotPassed(DogTaxProcess.DETERMINE_TAX_RATE, DogTaxProcess.ASSESS_TAX);
    assertThat(variable(instance, DogTaxProcess.VAR_TAX_UNTIL))
        .isEqualTo(until.withDayOfMonth(until.lengthOfMonth()).toString());
    assertThat(status(submitted)).isEqualTo(ApplicationStatus.ERLEDIGT);
  }

  @Test
  void anOverdueCheckIsEscalatedToTheLeadOfTheSteueramt() {
    SubmissionResult submitted =
        ozg.submit(PROCESS_KEY, dog(DogTaxProcess.REGISTRATION, "chihuahua", 2, LocalDate.now()));
    ProcessInstance instance = ozg.instance(submitted.caseNumber(), PROCESS_KEY);
    ozg.runJobs(submitted.caseNumber());

    ozg.fireTimer(submitted.caseNumber(), DogTaxProcess.CHECK_REGISTRATION_OVERDUE);

    assertThat(instance).isWaitingAt(DogTaxProcess.CHECK_REGISTRATION);
    assertThat(task(instance)).hasCandidateUser("gvogel");
  }

  static Map<String, Object> dog(String type, String breed, int otherDogs, LocalDate date) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("registrationType", type);
    fields.put("firstName", "Erika");
    fields.put("lastName", "Mustermann");
    fields.put("email", "erika.hund@example.org");
    fields.put("street", "Hohler Weg 3");
    fields.put("postalCode", "58636");
    fields.put("dogName", "Bello");
    fields.put("breed", breed);
    fields.put("chipNumber", "276098106543210");
    fields.put("effectiveDate", date.toString());
    fields.put("dogsInHousehold", otherDogs);
    return fields;
  }

  private Object variable(ProcessInstance instance, String name) {
    return engine
        .getHistoryService()
        .createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId())
        .variableName(name)
        .singleResult()
        .getValue();
  }

  private ApplicationStatus status(SubmissionResult submitted) {
    return store.find(submitted.caseNumber()).orElseThrow().status();
  }
}
