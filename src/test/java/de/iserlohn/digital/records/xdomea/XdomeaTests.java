package de.iserlohn.digital.records.xdomea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.iserlohn.digital.platform.casefile.ArchiveValue;
import de.iserlohn.digital.platform.casefile.AuditAction;
import de.iserlohn.digital.platform.casefile.AuditView;
import de.iserlohn.digital.platform.casefile.DokumentView;
import de.iserlohn.digital.platform.casefile.DueVorgang;
import de.iserlohn.digital.platform.casefile.RetentionClass;
import de.iserlohn.digital.platform.casefile.SourceChannel;
import de.iserlohn.digital.testsupport.SharedTestData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every message the platform writes is valid xdomea 3.0.0 by the official schema; the archive's
 * messages are read only when valid, and refused clearly otherwise.
 */
class XdomeaTests {

  static final XdomeaSchema SCHEMA = XdomeaMessages.schema();
  static final String PROCESS = "4a0c1e9e-5a53-4c1b-9b0e-0d5f7e1c2a10";

  final XdomeaWriter writer = new XdomeaWriter("Stadt Iserlohn", "Landesarchiv NRW");
  final XdomeaReader reader = new XdomeaReader(SCHEMA);

  static DueVorgang vorgang(ArchiveValue value) {
    return new DueVorgang(
        UUID.randomUUID(),
        "VG-2020-000042",
        "Gewerbeanmeldung Größmann & Söhne <GmbH>",
        "trade-registration",
        "ordnungsamt",
        "ordnungsamt.02",
        "Gewerbeanzeigen",
        "ordnungsamt/trade-registration/2020",
        Instant.parse("2020-03-02T09:15:00Z"),
        Instant.parse("2020-03-20T14:00:00Z"),
        LocalDate.of(2030, 12, 31),
        10,
        value);
  }

  @Test
  void theLandesarchivExampleIsValid() throws Exception {
    Path example;
    try (var files = Files.list(SharedTestData.path("xdomea/examples"))) {
      example = files.filter(p -> p.toString().endsWith(".xml")).findFirst().orElseThrow();
    }
    SCHEMA.validate(Files.readAllBytes(example));
  }

  @Test
  void theOfferIsValid() {
    byte[] offer =
        writer.offer(
            PROCESS,
            Instant.now(),
            "Ordnungsamt",
            List.of(vorgang(ArchiveValue.A), vorgang(ArchiveValue.B)));

    SCHEMA.validate(offer);
    assertThat(new String(offer, StandardCharsets.UTF_8))
        .contains("Aussonderung.Anbieteverzeichnis.0501", "<code>A</code>", "<code>B</code>")
        .contains("Größmann &amp; Söhne &lt;GmbH&gt;");
  }

  @Test
  void theTransferWithDocumentsAndHistoryIsValid() {
    DueVorgang v = vorgang(ArchiveValue.A);
    DokumentView doc =
        new DokumentView(
            UUID.randomUUID(),
            "antrag.pdf",
            "application/pdf",
            1234,
            "ab".repeat(32),
            "ANTRAG",
            "ordnungsamt",
            RetentionClass.STANDARD,
            SourceChannel.PORTAL,
            Instant.now(),
            "portal");
    DokumentView scan =
        new DokumentView(
            UUID.randomUUID(),
            "brief.tiff",
            "image/x-foo",
            99,
            "cd".repeat(32),
            "POST",
            "ordnungsamt",
            RetentionClass.STANDARD,
            SourceChannel.SCAN,
            Instant.now(),
            "pbecker");
    byte[] transfer =
        writer.transfer(
            PROCESS,
            Instant.now(),
            "Ordnungsamt",
            List.of(
                new XdomeaWriter.Transfer(
                    v,
                    List.of(
                        new AuditView(
                            Instant.now(), "oweber", AuditAction.CLOSED, null, "erledigt")),
                    List.of(
                        new XdomeaWriter.TransferFile(
                            doc, doc.id() + "_antrag.pdf", "application/pdf", "PDF/A-2b"),
                        new XdomeaWriter.TransferFile(
                            scan, scan.id() + "_brief.tiff", "image/x-foo", "original")))));

    SCHEMA.validate(transfer);
  }

  @Test
  void theReceiptOfTheEvaluationIsValid() {
    SCHEMA.validate(writer.evaluationReceipt(PROCESS, Instant.now(), "Ordnungsamt"));
  }

  @Test
  void anEvaluationAndAnImportConfirmationAreRead() {
    Map<String, String> decisions = new LinkedHashMap<>();
    decisions.put("11111111-1111-1111-1111-111111111111", "A");
    decisions.put("22222222-2222-2222-2222-222222222222", "V");

    InboundMessage evaluation = reader.read(XdomeaMessages.evaluation(PROCESS, decisions));
    InboundMessage confirmation =
        reader.read(
            XdomeaMessages.importConfirmation(
                PROCESS, Map.of("11111111-1111-1111-1111-111111111111", "LAV NRW R 123/4")));

    assertThat(evaluation.type()).isEqualTo("0502");
    assertThat(evaluation.processId()).isEqualTo(PROCESS);
    assertThat(evaluation.evaluations())
        .containsExactly(
            new InboundMessage.Evaluation("11111111-1111-1111-1111-111111111111", "A"),
            new InboundMessage.Evaluation("22222222-2222-2222-2222-222222222222", "V"));
    assertThat(confirmation.importResults())
        .singleElement()
        .satisfies(r -> assertThat(r.archiveId()).isEqualTo("LAV NRW R 123/4"))
        .satisfies(r -> assertThat(r.success()).isTrue());
  }

  @Test
  void anEntityOrDoctypeIsRefusedUnread() {
    byte[] xxe =
        ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<xdomea:Aussonderung.Bewertungsverzeichnis.0502"
                + " xmlns:xdomea=\"urn:xoev-de:xdomea:schema:3.0.0\">&e;"
                + "</xdomea:Aussonderung.Bewertungsverzeichnis.0502>")
            .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> reader.read(xxe))
        .isInstanceOf(XdomeaException.class)
        .hasMessageContaining("kein wohlgeformtes XML");
  }

  @Test
  void aForeignOrInvalidMessageIsRefusedWithItsReason() {
    byte[] foreign =
        "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"/>"
            .getBytes(StandardCharsets.UTF_8);
    byte[] wrongCode =
        XdomeaMessages.evaluation(PROCESS, Map.of("11111111-1111-1111-1111-111111111111", "X"));
    byte[] notUuid = XdomeaMessages.evaluation("keine-uuid", Map.of("x", "A"));

    assertThatThrownBy(() -> reader.read(foreign)).hasMessageContaining("Keine xdomea-3.0.0");
    assertThatThrownBy(() -> reader.read(wrongCode)).hasMessageContaining("Schema xdomea 3.0.0");
    assertThatThrownBy(() -> reader.read(notUuid)).hasMessageContaining("Schema xdomea 3.0.0");
    assertThatThrownBy(() -> reader.read("kein xml".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("kein wohlgeformtes XML");
  }
}
