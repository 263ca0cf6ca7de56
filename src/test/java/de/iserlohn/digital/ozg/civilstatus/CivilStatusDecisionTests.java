package de.iserlohn.digital.ozg.civilstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.iserlohn.digital.ozg.OzgDmnTables;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One case per rule of {@code dmn/ozg/civil-status-certificate-fee.dmn} and {@code
 * civil-status-entitlement.dmn}, and the certificate titles.
 */
class CivilStatusDecisionTests {

  @ParameterizedTest(name = "{0} Ausfertigung(en) -> {1} EUR")
  @CsvSource({
    "1, 12, 'Personenstandsurkunde, 1 Ausfertigung'",
    "2, 18, 'Personenstandsurkunde, 2 Ausfertigungen'",
    "5, 36, 'Personenstandsurkunde, 5 Ausfertigungen'"
  })
  void theFirstCopyCostsTwelveAndEachFurtherSixEuros(long copies, double fee, String reason) {
    DmnDecisionResultEntries result =
        OzgDmnTables.evaluate(
                "civil-status-certificate-fee.dmn",
                "civil-status-certificate-fee",
                Map.of("copies", copies))
            .getSingleResult();

    assertThat(((Number) result.get("fee")).doubleValue()).isEqualTo(fee);
    assertThat(result.get("feeReason")).isEqualTo(reason);
  }

  @ParameterizedTest(name = "{0} -> berechtigt {1}")
  @CsvSource({
    "selbst, true, eigener Eintrag (§ 62 Abs. 1 PStG)",
    "ehegatte, true, Ehegatte oder Lebenspartner (§ 62 Abs. 1 PStG)",
    "vorfahre, true, Vorfahre oder Abkömmling (§ 62 Abs. 1 PStG)",
    "abkoemmling, true, Vorfahre oder Abkömmling (§ 62 Abs. 1 PStG)",
    "geschwister, false, 'Interesse glaubhaft zu machen (§ 62 Abs. 1 PStG): Prüfung durch das"
        + " Standesamt'",
    "sonstige, false, 'Interesse glaubhaft zu machen (§ 62 Abs. 1 PStG): Prüfung durch das"
        + " Standesamt'"
  })
  void onlyTheObviousRelationsAreEntitledWithoutAClerk(
      String relation, boolean entitled, String reason) {
    DmnDecisionResultEntries result =
        OzgDmnTables.evaluate(
                "civil-status-entitlement.dmn",
                "civil-status-entitlement",
                Map.of("relation", relation))
            .getSingleResult();

    assertThat(result.get("entitled")).isEqualTo(entitled);
    assertThat(result.get("entitlementReason")).isEqualTo(reason);
    assertThat(result.get("candidateGroup")).isEqualTo("standesamt");
  }

  @ParameterizedTest(name = "{0}/{1} -> {2}")
  @CsvSource({
    "geburt, urkunde, Geburtsurkunde",
    "ehe, urkunde, Eheurkunde",
    "sterbe, urkunde, Sterbeurkunde",
    "geburt, registerausdruck, Beglaubigter Ausdruck aus dem Geburtenregister",
    "sterbe, registerausdruck, Beglaubigter Ausdruck aus dem Sterberegister"
  })
  void theCertificateIsTitledByRecordAndKind(String type, String kind, String title) {
    assertThat(new CertificateTitles().title(type, kind)).isEqualTo(title);
  }

  @Test
  void anUnknownRecordHasNoTitle() {
    assertThatThrownBy(() -> new CertificateTitles().title("taufe", "urkunde"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
