package de.iserlohn.digital.hr.mobilework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import de.iserlohn.digital.hr.personnelfile.PersonnelFileSection;
import de.iserlohn.digital.hr.personnelfile.PersonnelFiles;
import de.iserlohn.digital.hr.requests.HrRequest;
import de.iserlohn.digital.hr.requests.HrRequests;
import de.iserlohn.digital.hr.requests.RequestStatus;
import de.iserlohn.digital.platform.casefile.AuditAction;
import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.web.CityTime;
import de.iserlohn.digital.testsupport.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class MobileWorkProcessTests {

  static final CurrentUser FZIMMER = new CurrentUser("fzimmer", Set.of("stadtbetrieb"));

  @Autowired ProcessEngine engine;
  @Autowired MobileWorkRequests mobileWork;
  @Autowired HrRequests requests;
  @Autowired PersonnelFiles personnelFiles;
  @Autowired CaseFileManagement caseFile;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @Test
  void supervisorAndStaffCouncilAgreeTheAgreementIsFiledAndEndsWithAReminder() {
    HrRequest request = submit(2);
    ProcessInstance instance = instanceOf(request);
    assertThat(instance).isWaitingAt(MobileWorkProcess.DECIDE_BY_SUPERVISOR);
    assertThat(task()).isAssignedTo("dlange");

    complete(task(), withVariables("supervisorDecision", "genehmigt"));

    assertThat(instance).isWaitingAt(MobileWorkProcess.PARTICIPATE_STAFF_COUNCIL);
    assertThat(task()).hasCandidateGroup("personalrat").hasName("Personalrat beteiligen");
    assertThat(Duration.between(Instant.now(), task().getDueDate().toInstant()).toDays())
        .isBetween(13L, 14L);
    assertThat(status(request)).isEqualTo(RequestStatus.BEIM_PERSONALRAT);
    complete(task(), withVariables("councilDecision", "zugestimmt"));

    execute(job());
    assertThat(instance).isWaitingAt(MobileWorkProcess.AGREEMENT_END_APPROACHING);
    assertThat(status(request)).isEqualTo(RequestStatus.GENEHMIGT);
    assertThat(agreementsOfFzimmer())
        .anySatisfy(name -> assertThat(name).contains(request.caseNumber()));
    Job reminder = job();
    assertThat(reminder.getDuedate().toInstant())
        .isEqualTo(
            LocalDate.now(CityTime.ZONE)
                .plusMonths(3)
                .minusDays(28)
                .atStartOfDay(CityTime.ZONE)
                .toInstant());

    execute(reminder);
    assertThat(instance).isWaitingAt(MobileWorkProcess.REMIND_AGREEMENT_END);
    execute(job());
    assertThat(instance).isWaitingAt(MobileWorkProcess.AGREEMENT_END);
    execute(job());

    assertThat(instance).isEnded().hasPassed(MobileWorkProcess.MOBILE_WORK_ENDED);
    assertThat(status(request)).isEqualTo(RequestStatus.BEENDET);
  }

  @Test
  void supervisorDeclinesAndTheStaffCouncilIsNotAsked() {
    HrRequest request = submit(3);
    ProcessInstance instance = instanceOf(request);

    complete(
        task(),
        withVariables("supervisorDecision", "abgelehnt", "supervisorNote", "Schichtdienst"));

    assertThat(instance).isEnded().hasPassed(MobileWorkProcess.MOBILE_WORK_REJECTED);
    assertThat(instance).hasNotPassed(MobileWorkProcess.PARTICIPATE_STAFF_COUNCIL);
    assertThat(status(request)).isEqualTo(RequestStatus.ABGELEHNT);
  }

  @Test
  void theStaffCouncilObjectsAndNoAgreementIsFiled() {
    HrRequest request = submit(4);
    ProcessInstance instance = instanceOf(request);
    complete(task(), withVariables("supervisorDecision", "genehmigt"));

    complete(
        task(),
        withVariables("councilDecision", "einwaende", "councilNote", "Erreichbarkeit ungeklärt"));

    assertThat(instance).isEnded().hasPassed(MobileWorkProcess.MOBILE_WORK_REJECTED);
    assertThat(instance).hasNotPassed(MobileWorkProcess.FILE_AGREEMENT);
    assertThat(status(request)).isEqualTo(RequestStatus.ABGELEHNT);
    assertThat(agreementsOfFzimmer())
        .noneSatisfy(name -> assertThat(name).contains(request.caseNumber()));
    assertThat(caseFile.read(request.caseNumber(), CurrentUser.SYSTEM).auditTrail())
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo(AuditAction.CLOSED);
              assertThat(e.detail())
                  .isEqualTo("abgelehnt nach Einwänden des Personalrats: Erreichbarkeit ungeklärt");
            });
  }

  @Test
  void whenTheStaffCouncilLetsTheDeadlinePassConsentIsDeemedGiven() {
    HrRequest request = submit(1);
    ProcessInstance instance = instanceOf(request);
    complete(task(), withVariables("supervisorDecision", "genehmigt"));
    Job deadline = job();
    assertThat(Duration.between(Instant.now(), deadline.getDuedate().toInstant()).toDays())
        .isBetween(13L, 14L);

    execute(deadline);

    assertThat(instance).hasPassed(MobileWorkProcess.STAFF_COUNCIL_DEADLINE);
    assertThat(instance).isWaitingAt(MobileWorkProcess.FILE_AGREEMENT);
    execute(job());
    assertThat(instance).isWaitingAt(MobileWorkProcess.AGREEMENT_END_APPROACHING);
    assertThat(agreementsOfFzimmer())
        .anySatisfy(name -> assertThat(name).contains(request.caseNumber()));
  }

  private HrRequest submit(int days) {
    LocalDate start = LocalDate.now().plusDays(14);
    return mobileWork.submit(
        new MobileWorkForm(start, LocalDate.now().plusMonths(3), days, "Pendelweg 60 km"), FZIMMER);
  }

  private RequestStatus status(HrRequest request) {
    return requests.find(request.caseNumber()).orElseThrow().status();
  }

  private java.util.List<String> agreementsOfFzimmer() {
    return personnelFiles.read("fzimmer", CurrentUser.SYSTEM).sections().stream()
        .filter(s -> s.section() == PersonnelFileSection.VERTRAEGE)
        .flatMap(s -> s.documents().stream())
        .map(d -> d.fileName())
        .toList();
  }

  private ProcessInstance instanceOf(HrRequest request) {
    ProcessInstance instance =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(request.caseNumber())
            .singleResult();
    assertThat(instance).isStarted();
    return instance;
  }
}
