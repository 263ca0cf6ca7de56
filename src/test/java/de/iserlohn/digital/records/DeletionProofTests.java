package de.iserlohn.digital.records;

import static de.iserlohn.digital.records.RecordsDisposalProcess.VAR_HOLD_BACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import de.iserlohn.digital.mailroom.ScanDocuments;
import de.iserlohn.digital.mailroom.intake.ScanCheck;
import de.iserlohn.digital.mailroom.intake.ScanIntake;
import de.iserlohn.digital.ozg.OzgTestCases;
import de.iserlohn.digital.ozg.application.Applications;
import de.iserlohn.digital.ozg.application.CitizenMail;
import de.iserlohn.digital.ozg.application.SubmissionResult;
import de.iserlohn.digital.platform.casefile.CaseFileDisposal;
import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.casefile.NewDokument;
import de.iserlohn.digital.platform.casefile.OpenVorgang;
import de.iserlohn.digital.platform.casefile.RetentionClass;
import de.iserlohn.digital.platform.casefile.SourceChannel;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.testsupport.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The deletion proof: an OZG application, a mailroom scan and a mail that carry a unique marker go
 * through the end of their retention and the Aussonderung; afterwards the marker is found in no row
 * of any table (application and engine) and no file of the document store, only in the archive's
 * package.
 */
@IntegrationTest
class DeletionProofTests {

  @Autowired ProcessEngine engine;
  @Autowired CaseFileManagement caseFile;
  @Autowired CaseFileDisposal disposal;
  @Autowired Applications applications;
  @Autowired CitizenMail citizenMail;
  @Autowired ScanIntake intake;
  @Autowired ArchiveInbox inbox;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;

  @Value("${iserlohn.data-dir}")
  Path dataDir;

  @Test
  void afterTheAussonderungTheMarkerIsOnlyInTheArchivePackage() throws Exception {
    init(engine);
    String marker = "MARKER" + UUID.randomUUID().toString().replace("-", "").toUpperCase();
    Instant start = Instant.now().minusSeconds(1);
    RecordsTestCases records = new RecordsTestCases(engine, caseFile, jdbc, dataDir);

    Map<String, Object> defect = OzgTestCases.defect("schlagloch", "melder@example.org");
    defect.put("description", "Schlagloch vor Haus von " + marker);
    defect.put("location", "Hohler Weg 3, bei " + marker);
    SubmissionResult application =
        new OzgTestCases(engine, applications).submit("defect-report", defect);
    new OzgTestCases(engine, applications).runJobs(application.caseNumber());
    citizenMail.send(
        application.caseNumber(),
        "ozg-application-closed",
        Map.of("text", "Vielen Dank, " + marker));

    byte[] scan = ScanDocuments.pdf("Stadt Iserlohn Ordnungsamt\nBeschwerde von " + marker);
    ScanCheck.Result checked = new ScanCheck(20L * 1024 * 1024, 80_000_000L, 50).check(scan);
    String scanCase =
        intake
            .receiveBatch(
                "UPLOAD",
                "Testscanner",
                "pbecker",
                List.of(new ScanIntake.CheckedScan("brief.pdf", scan, checked)),
                CurrentUser.SYSTEM)
            .get(0)
            .item()
            .caseNumber();
    runAllJobs();

    String archived =
        caseFile
            .open(
                OpenVorgang.of(
                    "Gewerbeanmeldung " + marker,
                    "trade-registration",
                    "ordnungsamt",
                    RetentionClass.STANDARD),
                CurrentUser.SYSTEM)
            .caseNumber();
    caseFile.addDocument(
        archived,
        NewDokument.of("vermerk.txt", "text/plain", "VERMERK", SourceChannel.CLERK),
        new ByteArrayInputStream(("Vermerk " + marker).getBytes(StandardCharsets.UTF_8)),
        CurrentUser.SYSTEM);

    List<String> created =
        jdbc.queryForList(
            "select case_number from vorgang where created_at >= ?",
            String.class,
            Timestamp.from(start));
    assertThat(created).contains(application.caseNumber(), scanCase, archived);
    assertThat(everywhere(marker)).as("the marker before the Aussonderung").isNotEmpty();

    for (String caseNumber : created) {
      caseFile.close(caseNumber, "erledigt", CurrentUser.SYSTEM);
      records.endRetention(caseNumber);
    }
    List<String> units =
        jdbc.queryForList(
            "select distinct org_unit from vorgang where created_at >= ?",
            String.class,
            Timestamp.from(start));
    for (String unit : units) {
      runAussonderung(records, unit);
    }

    for (String caseNumber : created) {
      assertThat(caseFile.exists(caseNumber)).as(caseNumber + " deleted").isFalse();
      assertThat(disposal.tombstone(caseNumber)).as(caseNumber + " tombstone").isPresent();
    }
    assertThat(everywhere(marker)).as("where the marker is left").isEmpty();
    assertThat(records.archive.outboxContains(marker)).as("marker in the archive package").isTrue();
  }

  private void runAussonderung(RecordsTestCases records, String unit) {
    ProcessInstance instance = records.start(unit);
    if (engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceId(instance.getId())
            .count()
        == 0) {
      return;
    }
    complete(task(instance), withVariables(VAR_HOLD_BACK, ""));
    records.runJobs(instance);
    String processId = records.processId(instance);
    if (records.archive.hasOffer(processId)) {
      Map<String, String> decisions = new LinkedHashMap<>();
      records.archive.offer(processId).keySet().forEach(c -> decisions.put(c, "A"));
      records.archive.deliver(
          processId + "-0502.xml", records.archive.evaluation(processId, decisions));
      inbox.poll();
      records.runJobs(instance);
      records.archive.deliver(
          processId + "-0506.xml", records.archive.importConfirmation(processId));
      inbox.poll();
      records.runJobs(instance);
    }
    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(instance.getId())
                .count())
        .as("Aussonderung of " + unit + " ended")
        .isZero();
  }

  private void runAllJobs() {
    for (int round = 0; round < 50; round++) {
      List<Job> messages =
          engine.getManagementService().createJobQuery().executable().messages().list();
      if (messages.isEmpty()) {
        return;
      }
      for (Job job : messages) {
        try {
          engine.getManagementService().executeJob(job.getId());
        } catch (RuntimeException e) {
          // a job of another test's leftover process; not ours to judge
        }
      }
    }
  }

  /** Where the marker is: "table.column" of the database and files of the document store. */
  private List<String> everywhere(String marker) throws Exception {
    List<String> found = new ArrayList<>(inDatabase(marker));
    Path documents = dataDir.resolve("documents");
    try (Stream<Path> files = Files.walk(documents)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        if (fileContains(file, marker)) {
          found.add("document store: " + documents.relativize(file));
        }
      }
    }
    return found;
  }

  private List<String> inDatabase(String marker) throws SQLException, IOException {
    List<String> found = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      List<String[]> tables = new ArrayList<>();
      try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          String schema = rs.getString("TABLE_SCHEM");
          if (schema != null
              && Set.of("INFORMATION_SCHEMA", "PG_CATALOG").contains(schema.toUpperCase())) {
            continue;
          }
          tables.add(new String[] {schema, rs.getString("TABLE_NAME")});
        }
      }
      assertThat(tables.stream().map(t -> t[1].toLowerCase()))
          .contains("vorgang", "ozg_application", "act_hi_varinst", "act_ge_bytearray");
      for (String[] t : tables) {
        String name = (t[0] == null ? "" : "\"" + t[0] + "\".") + "\"" + t[1] + "\"";
        try (Statement s = c.createStatement();
            ResultSet rs = s.executeQuery("select * from " + name)) {
          int columns = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            for (int i = 1; i <= columns; i++) {
              if (contains(rs.getObject(i), marker)) {
                found.add(t[1] + "." + rs.getMetaData().getColumnName(i));
              }
            }
          }
        }
      }
    }
    return found;
  }

  private static boolean contains(Object value, String marker) throws SQLException, IOException {
    if (value == null) {
      return false;
    }
    if (value instanceof byte[] bytes) {
      return FakeStateArchive.contains(bytes, marker);
    }
    if (value instanceof Blob blob) {
      try (InputStream in = blob.getBinaryStream()) {
        return FakeStateArchive.contains(in.readAllBytes(), marker);
      }
    }
    if (value instanceof Clob clob) {
      try (Reader in = clob.getCharacterStream()) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
          text.append(buffer, 0, n);
        }
        return text.indexOf(marker) >= 0;
      }
    }
    return value.toString().contains(marker);
  }

  private static boolean fileContains(Path file, String marker) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    if (FakeStateArchive.contains(bytes, marker)) {
      return true;
    }
    if (new String(bytes, 0, Math.min(5, bytes.length), StandardCharsets.ISO_8859_1)
        .equals("%PDF-")) {
      try (PDDocument pdf = Loader.loadPDF(bytes)) {
        return new PDFTextStripper().getText(pdf).contains(marker);
      } catch (IOException unreadable) {
        return false;
      }
    }
    return false;
  }
}
