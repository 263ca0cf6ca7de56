package de.iserlohn.digital.hr.expense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import de.iserlohn.digital.hr.requests.HrRequest;
import de.iserlohn.digital.hr.requests.HrRequests;
import de.iserlohn.digital.hr.requests.RequestStatus;
import de.iserlohn.digital.hr.travel.TravelRequestForm;
import de.iserlohn.digital.hr.travel.TravelRequests;
import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.casefile.VorgangDetails;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.web.InvalidInputException;
import de.iserlohn.digital.testsupport.IntegrationTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ExpenseClaimProcessTests {

  static final CurrentUser JMEYER = new CurrentUser("jmeyer", Set.of("ordnungsamt"));
  static final byte[] PDF = "%PDF-1.4\n% Bahnticket Arnsberg\n".getBytes();

  @Autowired ProcessEngine engine;
  @Autowired TravelRequests travelRequests;
  @Autowired ExpenseClaims claims;
  @Autowired HrRequests requests;
  @Autowired CaseFileManagement caseFile;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @Test
  void hrFindsTheClaimCorrectAndAPaymentOrderIsCreated() {
    HrRequest trip = approvedTripEndedDaysAgo(3);
    HrRequest claim =
        claims.submit(dayTrip(trip, 1, "23.40"), List.of(new Receipt("ticket.pdf", PDF)), JMEYER);
    ProcessInstance instance = instanceOf(claim);

    assertThat(instance).isWaitingAt(ExpenseClaimProcess.CHECK_EXPENSE_CLAIM);
    assertThat(task()).hasCandidateGroup("personal");
    // 07:00-17:00 = 10 h -> 14,00; Mittagessen -11,20; Bahn 23,40
    assertThat(instance)
        .variables()
        .containsEntry("perDiemTotal", "14.00")
        .containsEntry("totalAmount", "26.20");
    assertThat(requests.find(claim.caseNumber()).orElseThrow().amount())
        .isEqualByComparingTo("26.20");

    complete(task(), withVariables("checkDecision", "richtig"));
    execute(job());

    assertThat(instance).isEnded().hasPassed(ExpenseClaimProcess.PAYMENT_ORDERED);
    assertThat(requests.find(claim.caseNumber()).orElseThrow().status())
        .isEqualTo(RequestStatus.ZUR_ZAHLUNG_ANGEWIESEN);
    VorgangDetails vorgang = caseFile.read(claim.caseNumber(), CurrentUser.SYSTEM);
    assertThat(vorgang.documents())
        .extracting(d -> d.documentType())
        .containsExactlyInAnyOrder("BELEG", "ZAHLUNGSANORDNUNG");
  }

  @Test
  void hrRejectsTheClaimAndNoPaymentIsOrdered() {
    HrRequest trip = approvedTripEndedDaysAgo(5);
    HrRequest claim = claims.submit(dayTrip(trip, 0, "0"), List.of(), JMEYER);
    ProcessInstance instance = instanceOf(claim);

    complete(
        task(), withVariables("checkDecision", "abgelehnt", "checkNote", "Reise fand nicht statt"));

    assertThat(instance).isEnded().hasPassed(ExpenseClaimProcess.EXPENSE_CLAIM_REJECTED);
    assertThat(requests.find(claim.caseNumber()).orElseThrow().status())
        .isEqualTo(RequestStatus.ABGELEHNT);
  }

  @Test
  void aSecondClaimForTheSameTripIsRefused() {
    HrRequest trip = approvedTripEndedDaysAgo(4);
    claims.submit(dayTrip(trip, 0, "0"), List.of(), JMEYER);

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> claims.submit(dayTrip(trip, 0, "0"), List.of(), JMEYER))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .anySatisfy(f -> assertThat(f.field()).isEqualTo("travelCaseNumber")));
  }

  @Test
  void aClaimAfterTheSixMonthDeadlineIsRefusedAndNothingStarts() {
    LocalDate day = LocalDate.now().minusMonths(6).minusDays(2);
    String travelCase = "TEST-DR-" + UUID.randomUUID().toString().substring(0, 8);
    requests.insert(
        HrRequest.travelRequest(
                travelCase,
                "jmeyer",
                "akrause",
                "Soest",
                false,
                day,
                day,
                "Termin",
                "BAHN",
                new BigDecimal("30"),
                Instant.now())
            .withStatus(RequestStatus.GENEHMIGT));
    long before =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey("travel-expense")
            .count();

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                claims.submit(
                    new ExpenseClaimForm(
                        travelCase,
                        day.atTime(7, 0),
                        day.atTime(17, 0),
                        0,
                        0,
                        0,
                        null,
                        0,
                        false,
                        BigDecimal.ZERO),
                    List.of(),
                    JMEYER))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .anySatisfy(
                        f -> {
                          assertThat(f.field()).isEqualTo("returnAt");
                          assertThat(f.message()).contains("sechs Monaten");
                        }));
    assertThat(requests.claimsFor(travelCase)).isEmpty();
    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey("travel-expense")
                .count())
        .isEqualTo(before);
  }

  private ExpenseClaimForm dayTrip(HrRequest trip, int lunches, String receipts) {
    return new ExpenseClaimForm(
        trip.caseNumber(),
        trip.startDate().atTime(LocalTime.of(7, 0)),
        trip.startDate().atTime(LocalTime.of(17, 0)),
        0,
        lunches,
        0,
        null,
        0,
        false,
        new BigDecimal(receipts));
  }

  private HrRequest approvedTripEndedDaysAgo(int days) {
    LocalDate day = LocalDate.now().minusDays(days);
    HrRequest trip =
        travelRequests.submit(
            new TravelRequestForm(
                "Arnsberg " + UUID.randomUUID(),
                false,
                day,
                day,
                "Besprechung",
                "BAHN",
                new BigDecimal("30")),
            JMEYER);
    instanceOf(trip);
    complete(task(), withVariables("supervisorDecision", "genehmigt"));
    execute(job());
    assertThat(requests.find(trip.caseNumber()).orElseThrow().status())
        .isEqualTo(RequestStatus.GENEHMIGT);
    return requests.find(trip.caseNumber()).orElseThrow();
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
