package de.iserlohn.digital.records;

import static de.iserlohn.digital.records.RecordsDisposalProcess.*;
import static de.iserlohn.digital.records.RecordsTestCases.ARCHIVE_A;
import static de.iserlohn.digital.records.RecordsTestCases.ARCHIVE_B;
import static de.iserlohn.digital.records.RecordsTestCases.ARCHIVE_V;
import static de.iserlohn.digital.records.RecordsTestCases.UNIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import de.iserlohn.digital.platform.casefile.CaseFileDisposal;
import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.casefile.Disposition;
import de.iserlohn.digital.platform.casefile.Tombstone;
import de.iserlohn.digital.testsupport.IntegrationTest;
import de.iserlohn.digital.testsupport.VeraPdf;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Aussonderung (records-disposal.bpmn) with the state archive played at the drop folder: A, B
 * and V, hold-back, refused and duplicate messages, and the evaluation recorded by hand.
 */
@IntegrationTest
class RecordsDisposalProcessTests {

  static final String TODAY = LocalDate.now().format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));

  @Autowired ProcessEngine engine;
  @Autowired CaseFileManagement caseFile;
  @Autowired CaseFileDisposal disposal;
  @Autowired ArchiveInbox inbox;
  @Autowired JdbcTemplate jdbc;

  @Value("${iserlohn.data-dir}")
  Path dataDir;

  RecordsTestCases records;
  FakeStateArchive archive;

  @BeforeEach
  void setUp() {
    init(engine);
    records = new RecordsTestCases(engine, caseFile, jdbc, dataDir);
    archive = records.archive;
  }

  @Test
  void archivedIsHandedOverAndDeletedTheRestIsDestroyedAndTombstonesRemain() {
    String a = records.dueVorgang(ARCHIVE_A, "Gewerbe Größmann");
    String b = records.dueVorgang(ARCHIVE_B, "Allgemeines Anliegen");
    String v = records.dueVorgang(ARCHIVE_V, "Parkausweis");

    ProcessInstance instance = records.start(UNIT);

    assertThat(instance).isWaitingAt(CONFIRM_LIST);
    assertThat(task(instance)).hasCandidateGroup(UNIT).hasName("Aussonderungsliste bestätigen");
    assertThat((String) engine.getRuntimeService().getVariable(instance.getId(), VAR_DUE_LIST))
        .contains(a + " · Aktenplan ordnungsamt.02 · A", b + " · Aktenplan ordnungsamt.00 · B")
        .contains(v + " · Aktenplan ordnungsamt.01 · V");
    complete(task(instance), withVariables(VAR_HOLD_BACK, ""));
    records.runJobs(instance);

    String processId = records.processId(instance);
    assertThat(instance).isWaitingAt(RECORD_EVALUATION);
    assertThat(archive.offer(processId)).containsKeys(a, b).doesNotContainKey(v);

    archive.deliver("bewertung.xml", archive.evaluation(processId, Map.of(a, "A", b, "V")));
    assertThat(inbox.poll()).isEqualTo(1);
    records.runJobs(instance);

    assertThat(instance).isWaitingAt(IMPORT_CONFIRMED);
    archive.assertEvaluationReceipt(processId);
    Map<String, byte[]> pkg = archive.transfer(processId);
    assertThat(archive.transferred(processId)).containsOnlyKeys(a);
    assertThat(pkg.entrySet())
        .filteredOn(e -> e.getKey().endsWith("vermerk.txt.pdf"))
        .singleElement()
        .satisfies(e -> assertThat(VeraPdf.validate(e.getValue()).isPdfA2bOrLater()).isTrue());

    archive.deliver("quittung.xml", archive.importConfirmation(processId));
    inbox.poll();
    records.runJobs(instance);

    assertThat(instance).isEnded().hasPassed(APPLY_IMPORT, DISPOSE, DISPOSAL_DONE);
    assertThat(caseFile.exists(a)).isFalse();
    assertThat(caseFile.exists(b)).isFalse();
    assertThat(caseFile.exists(v)).isFalse();
    Tombstone archived = disposal.tombstone(a).orElseThrow();
    assertThat(archived.disposition()).isEqualTo(Disposition.ARCHIVED);
    assertThat(archived.filePlanKey()).isEqualTo("ordnungsamt.02");
    assertThat(archived.note())
        .startsWith("an das Archiv übergeben am " + TODAY + " (Quittung " + processId)
        .contains("LAV NRW Best. 123 Nr. " + a);
    assertThat(disposal.tombstone(b).orElseThrow().note())
        .startsWith("vernichtet am " + TODAY + " auf Grund der Bewertung des Archivs");
    assertThat(disposal.tombstone(v).orElseThrow().note())
        .startsWith("vernichtet am " + TODAY + " auf Grund des Archivwerts V");
  }

  @Test
  void aHeldBackVorgangIsNeitherOfferedNorDeleted() {
    String held = records.dueVorgang(ARCHIVE_A, "Klage anhängig");
    String destroyed = records.dueVorgang(ARCHIVE_V, "vernichten");
    ProcessInstance instance = records.start(UNIT);

    complete(task(instance), withVariables(VAR_HOLD_BACK, "VG-0000-999999: irgendwas"));

    assertThat(instance).isWaitingAt(CONFIRM_LIST);
    assertThat((String) engine.getRuntimeService().getVariable(instance.getId(), VAR_ERROR))
        .contains("VG-0000-999999 steht nicht auf der Liste");

    complete(task(instance), withVariables(VAR_HOLD_BACK, held + ": Klageverfahren 1 K 12/27"));
    records.runJobs(instance);

    assertThat(instance).isEnded().hasNotPassed(SEND_OFFER);
    assertThat(archive.hasOffer(records.processId(instance))).isFalse();
    assertThat(caseFile.exists(held)).isTrue();
    assertThat(disposal.legalHold(held)).contains("Klageverfahren 1 K 12/27");
    assertThat(disposal.tombstone(held)).isEmpty();
    assertThat(caseFile.exists(destroyed)).isFalse();

    records.start(UNIT);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from records_disposal_item where case_number = ?",
                Integer.class,
                held))
        .as("listed again after the hold")
        .isEqualTo(1);
  }

  @Test
  void aMalformedOrForeignEvaluationIsRefusedUntilACorrectOneArrives() {
    String a = records.dueVorgang(ARCHIVE_A, "eins");
    String b = records.dueVorgang(ARCHIVE_B, "zwei");
    ProcessInstance instance = records.start(UNIT);
    complete(task(instance), withVariables(VAR_HOLD_BACK, ""));
    records.runJobs(instance);
    String processId = records.processId(instance);

    archive.deliver(
        "fremd.xml",
        "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"/>"
            .getBytes(StandardCharsets.UTF_8));
    archive.deliver(
        "falsch.xml",
        new String(archive.evaluation(processId, Map.of(a, "A", b, "V")), StandardCharsets.UTF_8)
            .replace("<code>V</code>", "<code>X</code>")
            .getBytes(StandardCharsets.UTF_8));
    inbox.poll();
    records.runJobs(instance);

    assertThat(instance).isWaitingAt(RESOLVE_EVALUATION);
    assertThat((String) engine.getRuntimeService().getVariable(instance.getId(), VAR_ERROR))
        .contains("Schema xdomea 3.0.0");
    assertThat(caseFile.exists(a)).isTrue();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from records_disposal_item where process_id = ? and state = 'OFFER'",
                Integer.class,
                processId))
        .isEqualTo(2);
    assertThat(
            jdbc.queryForObject(
                "select status from records_inbox where file_name = 'fremd.xml'", String.class))
        .isEqualTo("REFUSED");

    complete(task(instance), withVariables("resolutionNote", "Archiv sendet neu"));
    assertThat(instance).isWaitingAt(RECORD_EVALUATION);
    archive.deliver("richtig.xml", archive.evaluation(processId, Map.of(a, "V", b, "V")));
    inbox.poll();
    records.runJobs(instance);

    assertThat(instance).isEnded().hasNotPassed(TRANSFER);
    assertThat(disposal.tombstone(a).orElseThrow().disposition()).isEqualTo(Disposition.DESTROYED);
  }

  @Test
  void aSecondDeliveryOfTheSameMessageIsIgnored() {
    String a = records.dueVorgang(ARCHIVE_A, "doppelt");
    ProcessInstance instance = records.start(UNIT);
    complete(task(instance), withVariables(VAR_HOLD_BACK, ""));
    records.runJobs(instance);
    String processId = records.processId(instance);
    byte[] evaluation = archive.evaluation(processId, Map.of(a, "A"));

    archive.deliver("bewertung.xml", evaluation);
    assertThat(inbox.poll()).isEqualTo(1);
    archive.deliver("bewertung-nochmal.xml", evaluation);
    assertThat(inbox.poll()).isZero();
    records.runJobs(instance);
    archive.deliver("bewertung-spaet.xml", archive.evaluation(processId, Map.of(a, "V")));
    inbox.poll();
    records.runJobs(instance);

    assertThat(instance).isWaitingAt(IMPORT_CONFIRMED);
    assertThat(
            jdbc.queryForObject(
                "select status from records_inbox where file_name = 'bewertung-spaet.xml'",
                String.class))
        .isEqualTo("IGNORED");
    byte[] confirmation = archive.importConfirmation(processId);
    archive.deliver("quittung.xml", confirmation);
    archive.deliver("quittung-2.xml", confirmation);
    inbox.poll();
    records.runJobs(instance);

    assertThat(instance).isEnded();
    assertThat(disposal.tombstone(a).orElseThrow().disposition()).isEqualTo(Disposition.ARCHIVED);
  }

  @Test
  void theEvaluationIsRecordedByHandWhenItComesOnPaper() {
    String a = records.dueVorgang(ARCHIVE_A, "Papier eins");
    String b = records.dueVorgang(ARCHIVE_B, "Papier zwei");
    ProcessInstance instance = records.start(UNIT);
    complete(task(instance), withVariables(VAR_HOLD_BACK, ""));
    records.runJobs(instance);

    complete(task(instance), withVariables(VAR_TAKEN_CASE_NUMBERS, "VG-0000-000000"));
    assertThat(instance).isWaitingAt(RECORD_EVALUATION);
    complete(task(instance), withVariables(VAR_TAKEN_CASE_NUMBERS, a));
    records.runJobs(instance);

    String processId = records.processId(instance);
    assertThat(instance).isWaitingAt(IMPORT_CONFIRMED);
    assertThat(archive.transferred(processId)).containsOnlyKeys(a);
    archive.deliver("quittung.xml", archive.importConfirmation(processId));
    inbox.poll();
    records.runJobs(instance);
    assertThat(disposal.tombstone(b).orElseThrow().disposition()).isEqualTo(Disposition.DESTROYED);
  }
}
