package de.iserlohn.digital.records;

import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.casefile.NewDokument;
import de.iserlohn.digital.platform.casefile.OpenVorgang;
import de.iserlohn.digital.platform.casefile.RetentionClass;
import de.iserlohn.digital.platform.casefile.SourceChannel;
import de.iserlohn.digital.platform.identity.CurrentUser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/** Vorgänge at the end of their retention and an Aussonderung driven through its jobs. */
final class RecordsTestCases {

  /** Case types of the Ordnungsamt with the archive values of their file-plan subjects. */
  static final String ARCHIVE_A = "trade-registration";

  static final String ARCHIVE_B = "allgemein";
  static final String ARCHIVE_V = "resident-parking-permit";
  static final String UNIT = "ordnungsamt";

  private final ProcessEngine engine;
  private final CaseFileManagement caseFile;
  private final JdbcTemplate jdbc;
  final FakeStateArchive archive;

  RecordsTestCases(
      ProcessEngine engine, CaseFileManagement caseFile, JdbcTemplate jdbc, Path dataDir) {
    this.engine = engine;
    this.caseFile = caseFile;
    this.jdbc = jdbc;
    this.archive = new FakeStateArchive(dataDir.resolve("archive"));
  }

  /** A closed Vorgang of the Ordnungsamt with a text document, its retention ended yesterday. */
  String dueVorgang(String caseType, String text) {
    String caseNumber =
        caseFile
            .open(
                OpenVorgang.of("Testvorgang " + caseType, caseType, UNIT, RetentionClass.STANDARD),
                CurrentUser.SYSTEM)
            .caseNumber();
    caseFile.addDocument(
        caseNumber,
        NewDokument.of("vermerk.txt", "text/plain", "VERMERK", SourceChannel.CLERK),
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        CurrentUser.SYSTEM);
    caseFile.close(caseNumber, "erledigt", CurrentUser.SYSTEM);
    endRetention(caseNumber);
    return caseNumber;
  }

  /** Fast-forward: the retention of the Vorgang ended yesterday. */
  void endRetention(String caseNumber) {
    assertThat(
            jdbc.update(
                "update vorgang set retention_end = ? where case_number = ?",
                LocalDate.now().minusDays(1),
                caseNumber))
        .isEqualTo(1);
  }

  ProcessInstance start(String unit) {
    ProcessInstance instance =
        engine
            .getRuntimeService()
            .startProcessInstanceByMessage(
                RecordsDisposalProcess.MSG_START,
                "AUS-test-" + System.nanoTime(),
                Map.of(RecordsDisposalProcess.VAR_ORG_UNIT, unit));
    runJobs(instance);
    return instance;
  }

  String processId(ProcessInstance instance) {
    return (String)
        engine
            .getHistoryService()
            .createHistoricVariableInstanceQuery()
            .processInstanceId(instance.getId())
            .variableName(RecordsDisposalProcess.VAR_XDOMEA_PROCESS_ID)
            .singleResult()
            .getValue();
  }

  /** Executes the instance's due jobs until none is left. */
  void runJobs(ProcessInstance instance) {
    for (int round = 0; round < 50; round++) {
      List<Job> jobs =
          engine
              .getManagementService()
              .createJobQuery()
              .processInstanceId(instance.getId())
              .executable()
              .list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(j -> engine.getManagementService().executeJob(j.getId()));
    }
  }
}
