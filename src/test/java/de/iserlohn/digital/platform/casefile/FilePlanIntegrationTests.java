package de.iserlohn.digital.platform.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.identity.OrgUnits;
import de.iserlohn.digital.testsupport.IntegrationTest;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class FilePlanIntegrationTests {

  @Autowired FilePlan filePlan;
  @Autowired CaseFileManagement caseFile;

  @Test
  void unitsCarryTheNumbersAndNamesOfTheCityAndNoInventedOnes() {
    assertThat(filePlan.unit("steueramt").orElseThrow().label())
        .isEqualTo("22 Bereich Steuern und Gebühren");
    assertThat(filePlan.unit("umwelt").orElseThrow().label())
        .isEqualTo("69 Bereich Umwelt und Stadtentwicklung");
    assertThat(filePlan.unit("personal").orElseThrow().label()).isEqualTo("11 Bereich Personal");
    assertThat(filePlan.unit("buchhaltung").orElseThrow().label())
        .isEqualTo("21 Bereich Buchhaltung, Betriebswirtschaft und Vollstreckung");
    assertThat(filePlan.unit("poststelle").orElseThrow().label())
        .isEqualTo("25 Bereich Zentraler Einkauf und Servicebetriebe");
    assertThat(filePlan.unit("standesamt").orElseThrow().number()).isNull();
    assertThat(filePlan.units())
        .extracting(FilePlanUnit::orgUnit)
        .containsExactlyInAnyOrderElementsOf(OrgUnits.CLERK_UNITS);
  }

  @Test
  void everyCaseTypeOfTheApplicationHasItsSubjectAndEveryUnitItsGeneralRecords() {
    Map<String, String> expected =
        Map.ofEntries(
            Map.entry("personal|personalakte", "11.01"),
            Map.entry("personal|dienstreiseantrag", "11.02"),
            Map.entry("personal|reisekostenabrechnung", "11.02"),
            Map.entry("personal|mobiles-arbeiten", "11.03"),
            Map.entry("buchhaltung|eingangsrechnung", "21.01"),
            Map.entry("steueramt|dog-tax", "22.01"),
            Map.entry("poststelle|posteingang", "25.01"),
            Map.entry("ordnungsamt|resident-parking-permit", "ordnungsamt.01"),
            Map.entry("ordnungsamt|trade-registration", "ordnungsamt.02"),
            Map.entry("standesamt|civil-status-certificate", "standesamt.01"),
            Map.entry("stadtbetrieb|defect-report", "stadtbetrieb.01"),
            Map.entry("stadtbetrieb|bulky-waste-pickup", "stadtbetrieb.02"),
            Map.entry("umwelt|allgemein", "69.00"),
            Map.entry("buergerbuero|posteingang", "buergerbuero.00"));
    expected.forEach(
        (unitAndType, key) -> {
          String[] parts = unitAndType.split("\\|");
          assertThat(filePlan.subjectFor(parts[1], parts[0]).key()).as(unitAndType).isEqualTo(key);
        });
    for (String unit : OrgUnits.CLERK_UNITS) {
      assertThat(filePlan.subjectFor("allgemein", unit).title())
          .isEqualTo("Allgemeines Schriftgut");
    }
    assertThat(filePlan.subject("22.01").orElseThrow().label()).isEqualTo("22.01 Hundesteuer");
  }

  @Test
  void aNewVorgangIsFiledUnderItsSubjectAndAUnitOutsideThePlanOpensNone() {
    String caseNumber =
        caseFile
            .open(
                OpenVorgang.of("Hund Bello", "dog-tax", "steueramt", RetentionClass.FINANCE),
                CurrentUser.SYSTEM)
            .caseNumber();

    assertThat(caseFile.read(caseNumber, CurrentUser.SYSTEM).filePlanKey()).isEqualTo("22.01");
    assertThat(
            caseFile
                .list(
                    new CurrentUser("tbraun", Set.of("steueramt")),
                    org.springframework.data.domain.PageRequest.of(0, 50))
                .getContent())
        .anySatisfy(v -> assertThat(v.filePlanKey()).isEqualTo("22.01"));
    assertThatThrownBy(
            () ->
                caseFile.open(
                    OpenVorgang.of("X", "allgemein", "feuerwehr", RetentionClass.STANDARD),
                    CurrentUser.SYSTEM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("feuerwehr");
    assertThat(filePlan.units()).noneMatch(u -> u.orgUnit().equals("feuerwehr"));
  }
}
