package de.iserlohn.digital.platform.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.web.InvalidInputException;
import de.iserlohn.digital.platform.web.NotFoundException;
import de.iserlohn.digital.testsupport.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The clerks' search and work on Vorgänge honour who may see what (H2 and PostgreSQL). */
@IntegrationTest
class CaseSearchIntegrationTests {

  static final CurrentUser STADTBETRIEB = new CurrentUser("skoch", Set.of("stadtbetrieb"));
  static final CurrentUser ORDNUNGSAMT = new CurrentUser("oweber", Set.of("ordnungsamt"));
  static final CurrentUser PERSONAL = new CurrentUser("hhoffmann", Set.of("personal"));
  static final CurrentUser PROCESS_MANAGER = new CurrentUser("pklein", Set.of("process-managers"));
  static final CurrentUser ADMIN = new CurrentUser("demo", Set.of("camunda-admin"));

  @Autowired CaseFileManagement caseFile;
  @Autowired CaseSearch search;
  @Autowired CaseProcesses processes;
  @Autowired RuntimeService runtime;

  @Test
  void aClerkFindsByNameOnlyTheVorgaengeOfTheirUnit() {
    String name = "Erika Mustermann-" + UUID.randomUUID().toString().substring(0, 8);
    String defect = open("Mangel Gehweg", "defect-report", "stadtbetrieb", name);
    String parking = open("Bewohnerparkausweis", "resident-parking-permit", "ordnungsamt", name);

    assertThat(numbers(CaseQuery.all().withName(name.toUpperCase()), STADTBETRIEB))
        .containsExactly(defect);
    assertThat(numbers(CaseQuery.all().withName(name), ORDNUNGSAMT)).containsExactly(parking);
    assertThat(numbers(CaseQuery.all().withName(name), PROCESS_MANAGER)).isEmpty();
    assertThat(numbers(CaseQuery.all().withName(name), ADMIN))
        .containsExactlyInAnyOrder(defect, parking);
    assertThat(numbers(CaseQuery.all().withCaseNumber(defect), ORDNUNGSAMT)).isEmpty();
    assertThat(numbers(CaseQuery.all().withCaseNumber(defect), STADTBETRIEB))
        .containsExactly(defect);
  }

  @Test
  void theTextOfDocumentsIsFoundOnlyByThoseWhoMayReadThem() {
    String word = "Kanaldeckel" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
    String defect = open("Mangel Straße", "defect-report", "stadtbetrieb", "Max Muster");
    DokumentView scan = addText(defect, "Am Schillerplatz klappert ein " + word + " seit Tagen.");
    caseFile.indexText(scan.sha256(), "Am Schillerplatz klappert ein " + word + " seit Tagen.");

    assertThat(numbers(CaseQuery.all().withText(word), STADTBETRIEB)).containsExactly(defect);
    assertThat(numbers(CaseQuery.all().withText(word), ORDNUNGSAMT)).isEmpty();
    assertThat(numbers(CaseQuery.all().withText(word), PROCESS_MANAGER)).isEmpty();
  }

  @Test
  void aSharedVorgangIsFoundAndReadButAPersonnelFileIsNeverShared() {
    String name = "Geteilt " + UUID.randomUUID();
    String defect = open("Mangel Brücke", "defect-report", "stadtbetrieb", name);
    assertThatThrownBy(() -> caseFile.read(defect, ORDNUNGSAMT))
        .isInstanceOf(NotFoundException.class);

    caseFile.share(defect, "oweber", STADTBETRIEB);

    assertThat(numbers(CaseQuery.all().withName(name), ORDNUNGSAMT)).containsExactly(defect);
    assertThat(caseFile.read(defect, ORDNUNGSAMT).workable()).isTrue();

    String personnel =
        caseFile
            .open(
                new OpenVorgang(
                        null,
                        "Personalakte " + name,
                        "personalakte",
                        "personal",
                        "jmeyer",
                        RetentionClass.PERSONNEL,
                        null)
                    .withPartyName(name),
                CurrentUser.SYSTEM)
            .caseNumber();
    assertThatThrownBy(() -> caseFile.share(personnel, "oweber", PERSONAL))
        .isInstanceOf(InvalidInputException.class);
    assertThat(numbers(CaseQuery.all().withName(name), PERSONAL)).contains(personnel);
    assertThat(numbers(CaseQuery.all().withName(name), new CurrentUser("jmeyer", Set.of())))
        .containsExactly(personnel);
    assertThat(numbers(CaseQuery.all().withName(name), STADTBETRIEB)).containsExactly(defect);
  }

  @Test
  void nobodyWorksOnOrStartsProcessesOnAVorgangTheyMayNotSee() {
    String defect = open("Mangel Ampel", "defect-report", "stadtbetrieb", "Anna Beispiel");

    assertThatThrownBy(() -> processes.start(defect, "general-case", "Bitte prüfen", ORDNUNGSAMT))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                processes.resubmit(
                    defect, LocalDate.now(ZoneId.of("Europe/Berlin")), "x", false, ORDNUNGSAMT))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> caseFile.addNote(defect, "Vermerk", ORDNUNGSAMT))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> caseFile.closeWithReason(defect, "erledigt", ORDNUNGSAMT))
        .isInstanceOf(NotFoundException.class);

    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(defect).count())
        .isZero();
    assertThat(caseFile.read(defect, STADTBETRIEB).notes()).isEmpty();
    assertThat(caseFile.read(defect, STADTBETRIEB).status()).isEqualTo(VorgangStatus.OPEN);
    assertThat(caseFile.read(defect, ADMIN).auditTrail())
        .filteredOn(a -> a.action() == AuditAction.ACCESS_DENIED)
        .hasSizeGreaterThanOrEqualTo(4);
  }

  @Test
  void aResubmissionInThePastIsRefusedAtTheFieldAndStartsNothing() {
    String defect = open("Mangel Bank", "defect-report", "stadtbetrieb", "Bernd Beispiel");
    LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/Berlin")).minusDays(1);

    assertThatThrownBy(() -> processes.resubmit(defect, yesterday, "zu spät", false, STADTBETRIEB))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors()).anySatisfy(f -> assertThat(f.field()).isEqualTo("date")));
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(defect).count())
        .isZero();

    processes.resubmit(defect, yesterday.plusDays(2), "Rückruf abwarten", true, STADTBETRIEB);
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(defect)
                .processDefinitionKey(ResubmissionProcess.PROCESS_KEY)
                .count())
        .isEqualTo(1);
  }

  @Test
  void closeAndReopenNeedAReasonAndAreInTheAuditTrail() {
    String defect = open("Mangel Laterne", "defect-report", "stadtbetrieb", "Clara Beispiel");

    assertThatThrownBy(() -> caseFile.closeWithReason(defect, "  ", STADTBETRIEB))
        .isInstanceOf(InvalidInputException.class);
    caseFile.closeWithReason(defect, "Laterne repariert", STADTBETRIEB);
    caseFile.reopen(defect, "Wieder defekt", STADTBETRIEB);

    VorgangDetails details = caseFile.read(defect, STADTBETRIEB);
    assertThat(details.status()).isEqualTo(VorgangStatus.OPEN);
    assertThat(details.auditTrail())
        .extracting(AuditView::action, AuditView::detail)
        .contains(
            org.assertj.core.groups.Tuple.tuple(AuditAction.CLOSED, "Laterne repariert"),
            org.assertj.core.groups.Tuple.tuple(AuditAction.REOPENED, "Wieder defekt"));
  }

  private String open(String title, String caseType, String unit, String party) {
    return caseFile
        .open(
            OpenVorgang.of(title, caseType, unit, RetentionClass.STANDARD).withPartyName(party),
            CurrentUser.SYSTEM)
        .caseNumber();
  }

  private DokumentView addText(String caseNumber, String text) {
    return caseFile.addDocument(
        caseNumber,
        NewDokument.of("scan.pdf", "application/pdf", "SCAN", SourceChannel.SCAN),
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        CurrentUser.SYSTEM);
  }

  private java.util.List<String> numbers(CaseQuery query, CurrentUser user) {
    return search.search(query, user).items().stream().map(VorgangSummary::caseNumber).toList();
  }
}
