package de.iserlohn.digital.platform.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The file-plan migration gives the Vorgänge that exist before it their key (H2, no Spring). */
class FilePlanMigrationTests {

  @Test
  void existingVorgaengeGetTheKeyOfTheirCaseTypeOrOfTheirUnitsGeneralRecords() {
    DriverManagerDataSource db =
        new DriverManagerDataSource(
            "jdbc:h2:mem:fileplan-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    Flyway before = flyway(db, MigrationVersion.fromVersion("500"));
    before.migrate();
    JdbcTemplate jdbc = new JdbcTemplate(db);
    UUID akte = UUID.randomUUID();
    jdbc.update(
        "insert into akte (id, aktenzeichen, title, org_unit, retention_class, created_at,"
            + " created_by) values (?, 'a/b/2026', 'A', 'stadtbetrieb', 'STANDARD',"
            + " current_timestamp, 'x')",
        akte);
    insertVorgang(jdbc, akte, "VG-1", "defect-report", "stadtbetrieb");
    insertVorgang(jdbc, akte, "VG-2", "allgemein", "ordnungsamt");
    insertVorgang(jdbc, akte, "VG-3", "personalakte", "personal");
    insertVorgang(jdbc, akte, "VG-4", "dog-tax", "steueramt");

    flyway(db, MigrationVersion.fromVersion("610")).migrate();

    assertThat(key(jdbc, "VG-1")).isEqualTo("stadtbetrieb.01");
    assertThat(key(jdbc, "VG-2")).isEqualTo("ordnungsamt.00");
    assertThat(key(jdbc, "VG-3")).isEqualTo("11.01");
    assertThat(key(jdbc, "VG-4")).isEqualTo("22.01");
  }

  private static Flyway flyway(DriverManagerDataSource db, MigrationVersion target) {
    return Flyway.configure()
        .dataSource(db)
        .locations("classpath:db/migration/common", "classpath:db/migration/h2")
        .target(target)
        .load();
  }

  private static void insertVorgang(
      JdbcTemplate jdbc, UUID akte, String number, String caseType, String unit) {
    jdbc.update(
        "insert into vorgang (id, case_number, akte_id, title, case_type, org_unit, status,"
            + " retention_class, created_at, created_by, version) values (?, ?, ?, 'T', ?, ?,"
            + " 'OPEN', 'STANDARD', current_timestamp, 'x', 0)",
        UUID.randomUUID(),
        number,
        akte,
        caseType,
        unit);
  }

  private static String key(JdbcTemplate jdbc, String number) {
    return jdbc.queryForObject(
        "select file_plan_key from vorgang where case_number = ?", String.class, number);
  }
}
