package de.iserlohn.digital.mailroom.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One case per rule of {@code dmn/mailroom/mailroom-classification.dmn} (the real file). */
class ClassificationDecisionTests {

  static DmnEngine engine;
  static DmnDecision decision;

  @BeforeAll
  static void parse() throws IOException {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in =
        Files.newInputStream(Path.of("dmn/mailroom/mailroom-classification.dmn"))) {
      decision = engine.parseDecision(MailroomItemProcess.DECISION_KEY, in);
    }
  }

  static Map<String, Object> classify(
      boolean referenceKnown, String keyword, int invoiceCues, boolean hasKassenzeichen) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("referenceKnown", referenceKnown);
    vars.put("keyword", keyword);
    vars.put("invoiceCues", invoiceCues);
    vars.put("hasKassenzeichen", hasKassenzeichen);
    return engine.evaluateDecisionTable(decision, vars).getSingleResult().getEntryMap();
  }

  static void expect(
      Map<String, Object> result, String type, String unit, double conf, boolean keep) {
    assertThat(result)
        .containsEntry("documentType", type)
        .containsEntry("confidence", conf)
        .containsEntry("keepOriginal", keep);
    // an empty output entry: the receiving unit is the referenced Vorgang's
    assertThat(result.get("orgUnit")).isEqualTo(unit);
  }

  @Test
  void originalsForAKnownCaseAreKeptAndGoToThatCase() {
    expect(classify(true, "ZUSTELLUNG", 0, false), "ZUSTELLUNG", null, 0.95, true);
    expect(classify(true, "VOLLMACHT", 0, false), "VOLLMACHT", null, 0.95, true);
    expect(classify(true, "URKUNDE", 0, false), "URKUNDE", null, 0.95, true);
    expect(classify(true, "NOTARIELL", 3, false), "URKUNDE", null, 0.95, true);
  }

  @Test
  void anyOtherLetterForAKnownCaseIsAFollowUpOfThatCase() {
    expect(classify(true, "KEINES", 3, true), "NACHREICHUNG", null, 0.95, false);
  }

  @Test
  void originalsWithoutReferenceAreKeptAndMostlyNeedAClerk() {
    expect(classify(false, "ZUSTELLUNG", 0, false), "ZUSTELLUNG", "poststelle", 0.5, true);
    expect(classify(false, "VOLLMACHT", 0, false), "VOLLMACHT", "buergerbuero", 0.6, true);
    expect(classify(false, "NOTARIELL", 0, false), "NOTARIELLE_URKUNDE", "buergerbuero", 0.6, true);
    expect(classify(false, "URKUNDE", 0, false), "URKUNDE", "standesamt", 0.85, true);
  }

  @Test
  void applicationsGoToHr() {
    expect(classify(false, "PERSONAL", 0, false), "BEWERBUNG", "personal", 0.8, false);
  }

  @Test
  void invoicesNeedAllThreeCuesForACertainClassification() {
    expect(classify(false, "KEINES", 3, false), "RECHNUNG", "buchhaltung", 0.9, false);
    expect(classify(false, "KEINES", 2, true), "RECHNUNG", "buchhaltung", 0.6, false);
    assertThat(classify(false, "KEINES", 1, false)).containsEntry("documentType", "SONSTIGES");
  }

  @Test
  void taxesPaymentsPublicOrderAndEnvironmentGoToTheirUnits() {
    expect(classify(false, "STEUER", 0, true), "STEUER", "steueramt", 0.85, false);
    expect(classify(false, "KEINES", 0, true), "ZAHLUNG", "buchhaltung", 0.75, false);
    expect(classify(false, "ORDNUNG", 0, false), "ORDNUNG", "ordnungsamt", 0.8, false);
    expect(classify(false, "UMWELT", 1, false), "UMWELT", "umwelt", 0.75, false);
  }

  @Test
  void anUnrecognisedLetterGoesToTheMailroomWithoutConfidence() {
    expect(classify(false, "KEINES", 0, false), "SONSTIGES", "poststelle", 0.0, false);
  }
}
