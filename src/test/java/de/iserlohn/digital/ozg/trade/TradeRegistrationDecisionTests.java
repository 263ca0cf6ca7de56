package de.iserlohn.digital.ozg.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.iserlohn.digital.ozg.OzgDmnTables;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One case per rule of the trade-registration tables, and the lookup of the bodies' addresses. */
class TradeRegistrationDecisionTests {

  @ParameterizedTest(name = "{0} -> {1} EUR, {2}")
  @CsvSource({
    "anmeldung, 26, Gewerbeanmeldebestätigung",
    "ummeldung, 20, Gewerbeummeldebestätigung",
    "abmeldung, 15, Gewerbeabmeldebestätigung"
  })
  void theKindOfNotificationGivesTheFeeAndTheConfirmation(String kind, double fee, String title) {
    DmnDecisionResultEntries result =
        OzgDmnTables.evaluate(
                "trade-registration-fee.dmn",
                TradeRegistrationProcess.FEE_DECISION,
                Map.of(TradeRegistrationProcess.VAR_NOTIFICATION_KIND, kind))
            .getSingleResult();

    assertThat(((Number) result.get("fee")).doubleValue()).isEqualTo(fee);
    assertThat(result.get("confirmationTitle")).isEqualTo(title);
  }

  @ParameterizedTest(name = "{0}, Handwerk {1}, {2} Beschäftigte -> {3}")
  @CsvSource({
    // tax office, chamber of commerce and statistics always; no labour inspection without staff
    "anmeldung, false, 0, finanzamt ihk statistik",
    // a craft goes to the chamber of crafts; staff bring in the labour inspection
    "anmeldung, true, 3, finanzamt hwk gewerbeaufsicht statistik",
    "ummeldung, false, 2, finanzamt ihk gewerbeaufsicht statistik",
    // a business that closes is of no more interest to the labour inspection
    "abmeldung, false, 5, finanzamt ihk statistik",
    "abmeldung, true, 0, finanzamt hwk statistik"
  })
  void theNotificationGoesToTheBodiesResponsibleForIt(
      String kind, boolean craft, long employees, String bodies) {
    DmnDecisionResult result =
        OzgDmnTables.evaluate(
            "trade-registration-recipients.dmn",
            TradeRegistrationProcess.RECIPIENTS_DECISION,
            Map.of(
                TradeRegistrationProcess.VAR_NOTIFICATION_KIND,
                kind,
                TradeRegistrationProcess.VAR_CRAFT,
                craft,
                TradeRegistrationProcess.VAR_EMPLOYEES,
                employees));

    assertThat(new TradeRecipients(properties()).keys(result))
        .isEqualTo(String.join(",", bodies.split(" ")));
  }

  @Test
  void theKeysAreResolvedToTheConfiguredAddresses() {
    List<TradeProperties.Recipient> resolved =
        new TradeRecipients(properties()).resolve("finanzamt,statistik");

    assertThat(resolved)
        .extracting(TradeProperties.Recipient::email)
        .containsExactly("finanzamt@test.example", "statistik@test.example");
  }

  @Test
  void aBodyWithoutAnAddressFailsTheForwardingInsteadOfSkippingIt() {
    assertThatThrownBy(() -> new TradeRecipients(properties()).resolve("finanzamt,kammer"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("iserlohn.ozg.gewerbe.recipients.kammer");
  }

  private static TradeProperties properties() {
    Map<String, TradeProperties.Recipient> recipients = new java.util.HashMap<>();
    Arrays.asList("finanzamt", "ihk", "hwk", "gewerbeaufsicht", "statistik")
        .forEach(k -> recipients.put(k, new TradeProperties.Recipient(k, k + "@test.example")));
    return new TradeProperties(recipients);
  }
}
