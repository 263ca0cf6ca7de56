package de.iserlohn.digital.ozg.defect;

import static de.iserlohn.digital.ozg.defect.DefectReportProcess.PROCESS_KEY;
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
import de.iserlohn.digital.testsupport.IntegrationTest;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Mängelmelder: no fee, no notice; the payment-timeout case does not apply (docs/ozg.md). */
@IntegrationTest
class DefectReportProcessTests {

  @Autowired ProcessEngine engine;
  @Autowired Applications applications;
  @Autowired CitizenCases cases;
  @Autowired ApplicationStore store;

  OzgTestCases ozg;

  @BeforeEach
  void setUp() {
    init(engine);
    ozg = new OzgTestCases(engine, applications);
  }

  @Test
  void aPotholeGoesToTheMunicipalWorksWithHighPriorityAndTheReporterLearnsItIsFixed() {
    SubmissionResult submitted =
        ozg.submit(
            PROCESS_KEY,
            OzgTestCases.defect("schlagloch", "melder@example.org"),
            new Upload("photos", "loch.png", OzgTestCases.PNG));
    ProcessInstance instance = ozg.instance(submitted.caseNumber(), PROCESS_KEY);
    ozg.runJobs(submitted.caseNumber());

    Task fix = task(instance);
    assertThat(fix).hasCandidateGroup("stadtbetrieb").hasName("Gemeldeten Mangel beheben");
    assertThat(fix.getPriority()).isEqualTo(80);
    complete(fix, withVariables(OzgProcess.VAR_DECISION, DefectReportProcess.FIXED));

    assertThat(instance).isEnded().hasPassed(DefectReportProcess.DEFECT_FIXED);
    assertThat(store.find(submitted.caseNumber()).orElseThrow().status())
        .isEqualTo(ApplicationStatus.ERLEDIGT);
  }

  @Test
  void illegalDumpingGoesToTheEnvironmentUnitWhichCanCloseTheReport() {
    SubmissionResult submitted = ozg.submit(PROCESS_KEY, OzgTestCases.defect("wilder-muell", null));
    ProcessInstance instance = ozg.instance(submitted.caseNumber(), PROCESS_KEY);
    ozg.runJobs(submitted.caseNumber());

    assertThat(task(instance)).hasCandidateGroup("umwelt");
    complete(
        task(instance),
        withVariables(
            OzgProcess.VAR_DECISION,
            OzgProcess.REJECTED,
            OzgProcess.VAR_DECISION_REASON,
            "Privatgrundstück"));

    assertThat(instance).isEnded().hasPassed(DefectReportProcess.REPORT_CLOSED);
    assertThat(store.find(submitted.caseNumber()).orElseThrow().status())
        .isEqualTo(ApplicationStatus.ABGELEHNT);
  }

  @Test
  void aQuestionAnsweredInThePortalGoesBackToTheUnit() {
    SubmissionResult submitted =
        ozg.submit(PROCESS_KEY, OzgTestCases.defect("strassenlaterne", "melder@example.org"));
    ProcessInstance instance = ozg.instance(submitted.caseNumber(), PROCESS_KEY);
    ozg.runJobs(submitted.caseNumber());
    ozg.requestDocuments(instance, "Foto mit Mastnummer");

    cases.reply(
        cases.open(submitted.caseNumber(), submitted.accessCode()),
        List.of(new Upload("files", "mast.png", OzgTestCases.PNG)));

    assertThat(instance).isWaitingAt(DefectReportProcess.FIX_DEFECT);
  }

  @Test
  void anUnansweredQuestionTimesOutAndTheUnitClosesTheReport() {
    SubmissionResult submitted =
        ozg.submit(PROCESS_KEY, OzgTestCases.defect("ueberfuellter-behaelter", null));
    ProcessInstance instance = ozg.instance(submitted.caseNumber(), PROCESS_KEY);
    ozg.runJobs(submitted.caseNumber());
    ozg.requestDocuments(instance, "Genauer Standort");

    ozg.decide(ozg.unansweredRequest(submitted.caseNumber()), OzgProcess.OUTCOME_REJECT, null);

    assertThat(instance).isEnded().hasPassed(DefectReportProcess.REPORT_CLOSED);
  }

  @Test
  void anOverdueReportIsEscalatedToTheLeadOfTheEnvironmentUnit() {
    SubmissionResult submitted = ozg.submit(PROCESS_KEY, OzgTestCases.defect("wilder-muell", null));
    ProcessInstance instance = ozg.instance(submitted.caseNumber(), PROCESS_KEY);
    ozg.runJobs(submitted.caseNumber());

    ozg.fireTimer(submitted.caseNumber(), DefectReportProcess.FIX_DEFECT_OVERDUE);

    assertThat(instance).isWaitingAt(DefectReportProcess.FIX_DEFECT);
    assertThat(task(instance)).hasCandidateUser("cwolf");
  }
}
