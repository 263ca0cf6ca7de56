package de.iserlohn.digital.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One case per rule of dmn/invoice/invoice-approval-level.dmn, on the DMN engine alone. */
class InvoiceApprovalLevelDecisionTests {

  static DmnEngine dmn;
  static DmnDecision decision;

  @BeforeAll
  static void parse() throws IOException {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = Files.newInputStream(Path.of("dmn/invoice/invoice-approval-level.dmn"))) {
      decision = dmn.parseDecision(InvoiceApprovalProcess.DECISION_APPROVAL_LEVEL, in);
    }
  }

  static String level(double amount, String costCentre) {
    return dmn.evaluateDecisionTable(decision, Map.of("amount", amount, "costCentre", costCentre))
        .getSingleEntry();
  }

  @Test
  void from25000EurTheProcessManagersApproveAsWell() {
    assertThat(level(25_000, "")).isEqualTo("process-managers");
  }

  @Test
  void investmentsFrom5000EurNeedTheExtraLevel() {
    assertThat(level(5_000, "INV-4711")).isEqualTo("process-managers");
    assertThat(level(4_999.99, "INV-4711")).isEqualTo(InvoiceApprovalProcess.NO_EXTRA_APPROVAL);
  }

  @Test
  void ordinaryInvoicesNeedNoExtraLevel() {
    assertThat(level(24_999.99, "KST-100")).isEqualTo(InvoiceApprovalProcess.NO_EXTRA_APPROVAL);
  }
}
