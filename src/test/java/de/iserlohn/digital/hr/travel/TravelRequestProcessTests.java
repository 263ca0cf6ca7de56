package de.iserlohn.digital.hr.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import de.iserlohn.digital.hr.personnelfile.PersonnelFileSection;
import de.iserlohn.digital.hr.personnelfile.PersonnelFileView;
import de.iserlohn.digital.hr.personnelfile.PersonnelFiles;
import de.iserlohn.digital.hr.requests.HrRequest;
import de.iserlohn.digital.hr.requests.HrRequests;
import de.iserlohn.digital.hr.requests.RequestStatus;
import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.casefile.VorgangStatus;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.testsupport.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class TravelRequestProcessTests {

  static final CurrentUser JMEYER = new CurrentUser("jmeyer", Set.of("ordnungsamt"));

  @Autowired ProcessEngine engine;
  @Autowired TravelRequests travelRequests;
  @Autowired HrRequests requests;
  @Autowired PersonnelFiles personnelFiles;
  @Autowired CaseFileManagement caseFile;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @Test
  void supervisorApprovesADomesticTripAndTheApprovalLandsInThePersonnelFile() {
    String destination = "Düsseldorf " + UUID.randomUUID();
    HrRequest request = submit(destination, false, 2, "180.00");
    ProcessInstance instance = instanceOf(request);

    assertThat(instance).isWaitingAt(TravelRequestProcess.APPROVE_BY_SUPERVISOR);
    assertThat(task()).isAssignedTo("akrause").hasName("Dienstreise genehmigen (Vorgesetzte)");
    assertThat(task().getDueDate()).isNotNull();
    assertThat(instance).variables().containsEntry("extraApprovalReason", null);

    complete(task(), withVariables("supervisorDecision", "genehmigt"));
    assertThat(instance).isWaitingAt(TravelRequestProcess.FILE_TRAVEL_APPROVAL);
    execute(job());

    assertThat(instance).isEnded().hasPassed(TravelRequestProcess.TRAVEL_APPROVED);
    assertThat(instance).hasNotPassed(TravelRequestProcess.APPROVE_BY_HR);
    assertThat(requests.find(request.caseNumber()).orElseThrow().status())
        .isEqualTo(RequestStatus.GENEHMIGT);
    assertThat(caseFile.read(request.caseNumber(), CurrentUser.SYSTEM).status())
        .isEqualTo(VorgangStatus.CLOSED);
    PersonnelFileView file = personnelFiles.read("jmeyer", JMEYER);
    assertThat(reisen(file).documents())
        .anySatisfy(
            d -> {
              assertThat(d.fileName())
                  .isEqualTo("Dienstreisegenehmigung-" + request.caseNumber() + ".pdf");
              assertThat(d.mediaType()).isEqualTo("application/pdf");
            });
  }

  @Test
  void supervisorRejectsAndNothingIsFiled() {
    HrRequest request = submit("Köln " + UUID.randomUUID(), false, 1, "40.00");
    ProcessInstance instance = instanceOf(request);

    complete(task(), withVariables("supervisorDecision", "abgelehnt", "supervisorNote", "Online"));

    assertThat(instance).isEnded().hasPassed(TravelRequestProcess.TRAVEL_REJECTED);
    assertThat(requests.find(request.caseNumber()).orElseThrow().status())
        .isEqualTo(RequestStatus.ABGELEHNT);
    assertThat(reisen(personnelFiles.read("jmeyer", JMEYER)).documents())
        .noneSatisfy(d -> assertThat(d.fileName()).contains(request.caseNumber()));
  }

  @Test
  void aTripAbroadNeedsTheExtraApprovalOfHr() {
    HrRequest request =
        submit("Lüdenscheid Partnerstadt Nizza " + UUID.randomUUID(), true, 3, "900");
    ProcessInstance instance = instanceOf(request);
    assertThat(instance).variables().containsEntry("extraApprovalReason", "Auslandsdienstreise");

    complete(task(), withVariables("supervisorDecision", "genehmigt"));

    assertThat(instance).isWaitingAt(TravelRequestProcess.APPROVE_BY_HR);
    assertThat(task()).hasCandidateGroup("personal");
    complete(task(), withVariables("hrDecision", "genehmigt"));
    execute(job());
    assertThat(instance).isEnded().hasPassed(TravelRequestProcess.TRAVEL_APPROVED);
  }

  @Test
  void hrRejectsAnExpensiveTripTheSupervisorApproved() {
    HrRequest request = submit("Berlin " + UUID.randomUUID(), false, 2, "2400.00");
    ProcessInstance instance = instanceOf(request);
    assertThat(instance)
        .variables()
        .containsEntry("extraApprovalReason", "Geschätzte Kosten über 1.500 EUR");

    complete(task(), withVariables("supervisorDecision", "genehmigt"));
    complete(task(), withVariables("hrDecision", "abgelehnt", "hrNote", "Zu teuer"));

    assertThat(instance).isEnded().hasPassed(TravelRequestProcess.TRAVEL_REJECTED);
    assertThat(requests.find(request.caseNumber()).orElseThrow().status())
        .isEqualTo(RequestStatus.ABGELEHNT);
  }

  private HrRequest submit(String destination, boolean abroad, int days, String cost) {
    LocalDate start = LocalDate.now().plusDays(10);
    return travelRequests.submit(
        new TravelRequestForm(
            destination,
            abroad,
            start,
            start.plusDays(days - 1),
            "Fortbildung",
            "BAHN",
            new BigDecimal(cost)),
        JMEYER);
  }

  private ProcessInstance instanceOf(HrRequest request) {
    ProcessInstance instance =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(request.caseNumber())
            .singleResult();
    assertThat(instance).isNotNull();
    assertThat(instance).isStarted();
    return instance;
  }

  private static PersonnelFileView.Section reisen(PersonnelFileView file) {
    return file.sections().stream()
        .filter(s -> s.section() == PersonnelFileSection.REISEN)
        .findFirst()
        .orElseThrow();
  }
}
