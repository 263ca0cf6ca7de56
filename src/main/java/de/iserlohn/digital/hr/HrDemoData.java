package de.iserlohn.digital.hr;

import de.iserlohn.digital.hr.directory.EmployeeDirectory;
import de.iserlohn.digital.hr.personnelfile.PersonnelFiles;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.identity.OrgUnits;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the employee directory and the personnel files of the demo employees (non-prod only,
 * idempotent: every start adds what is missing).
 */
@Component
class HrDemoData {

  private static final Logger LOG = LoggerFactory.getLogger(HrDemoData.class);

  private final EmployeeDirectory directory;
  private final PersonnelFiles files;
  private final Environment environment;
  private final TransactionTemplate tx;

  HrDemoData(
      EmployeeDirectory directory,
      PersonnelFiles files,
      Environment environment,
      TransactionTemplate tx) {
    this.directory = directory;
    this.files = files;
    this.environment = environment;
    this.tx = tx;
  }

  @EventListener(ApplicationReadyEvent.class)
  void seed() {
    boolean prod = Arrays.asList(environment.getActiveProfiles()).contains("prod");
    boolean enabled = environment.getProperty("iserlohn.demo-data.enabled", Boolean.class, true);
    if (prod || !enabled) {
      LOG.info("HR demo directory not seeded (prod profile or demo data disabled)");
      return;
    }
    try {
      tx.executeWithoutResult(s -> apply());
    } catch (RuntimeException e) {
      // two nodes seeding a fresh database at the same moment: the second try adds what is missing
      LOG.warn("HR demo data collided with another node, trying once more: {}", e.getMessage());
      tx.executeWithoutResult(s -> apply());
    }
  }

  private void apply() {
    directory.setLead(OrgUnits.ORDNUNGSAMT, "akrause");
    directory.setLead(OrgUnits.STADTBETRIEB, "dlange");
    directory.save("jmeyer", "Julia", "Meyer", OrgUnits.ORDNUNGSAMT, "jmeyer@iserlohn.example");
    directory.save(
        "akrause", "Andreas", "Krause", OrgUnits.ORDNUNGSAMT, "akrause@iserlohn.example");
    directory.save("fzimmer", "Frank", "Zimmer", OrgUnits.STADTBETRIEB, "fzimmer@iserlohn.example");
    directory.save("dlange", "Doris", "Lange", OrgUnits.STADTBETRIEB, "dlange@iserlohn.example");
    directory.save(
        "hhoffmann", "Heike", "Hoffmann", OrgUnits.PERSONAL, "hhoffmann@iserlohn.example");
    directory.all().forEach(e -> files.ensureFile(e, CurrentUser.SYSTEM));
  }
}
