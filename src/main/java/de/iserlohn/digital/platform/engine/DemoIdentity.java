package de.iserlohn.digital.platform.engine;

import de.iserlohn.digital.platform.identity.DemoAccount;
import de.iserlohn.digital.platform.identity.OrgUnits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Seeds the engine's own users and groups for the default profile: one group per org unit, at least
 * one clerk per group, and the admin {@code demo}. Never runs with the {@code prod} profile (see
 * {@link EngineSetup}).
 */
@Component
class DemoIdentity {

  private static final Logger LOG = LoggerFactory.getLogger(DemoIdentity.class);

  static final Map<String, String> GROUP_NAMES =
      Map.ofEntries(
          Map.entry(OrgUnits.BUERGERBUERO, "Bürgerbüro"),
          Map.entry(OrgUnits.ORDNUNGSAMT, "Ordnungsamt"),
          Map.entry(OrgUnits.STANDESAMT, "Standesamt"),
          Map.entry(OrgUnits.STEUERAMT, "Steueramt"),
          Map.entry(OrgUnits.BUCHHALTUNG, "Buchhaltung (Stadtkasse)"),
          Map.entry(OrgUnits.POSTSTELLE, "Poststelle"),
          Map.entry(OrgUnits.PERSONAL, "Personalabteilung"),
          Map.entry(OrgUnits.PERSONALRAT, "Personalrat"),
          Map.entry(OrgUnits.STADTBETRIEB, "Stadtbetrieb"),
          Map.entry(OrgUnits.UMWELT, "Umwelt und Grünflächen"),
          Map.entry(OrgUnits.PROCESS_MANAGERS, "Prozessmanagement"),
          Map.entry(OrgUnits.ADMIN, "Administration"));

  static final List<DemoAccount> USERS =
      List.of(
          new DemoAccount(
              "demo", "Demo", "Administrator", List.of(OrgUnits.ADMIN, OrgUnits.PROCESS_MANAGERS)),
          new DemoAccount("pklein", "Paul", "Klein", List.of(OrgUnits.PROCESS_MANAGERS)),
          new DemoAccount("bschmidt", "Bettina", "Schmidt", List.of(OrgUnits.BUERGERBUERO)),
          new DemoAccount("oweber", "Oliver", "Weber", List.of(OrgUnits.ORDNUNGSAMT)),
          new DemoAccount("lneumann", "Lena", "Neumann", List.of(OrgUnits.STANDESAMT)),
          new DemoAccount("tbraun", "Thomas", "Braun", List.of(OrgUnits.STEUERAMT)),
          new DemoAccount("kfischer", "Katrin", "Fischer", List.of(OrgUnits.BUCHHALTUNG)),
          new DemoAccount("mwagner", "Markus", "Wagner", List.of(OrgUnits.BUCHHALTUNG)),
          new DemoAccount("pbecker", "Petra", "Becker", List.of(OrgUnits.POSTSTELLE)),
          new DemoAccount("hhoffmann", "Heike", "Hoffmann", List.of(OrgUnits.PERSONAL)),
          new DemoAccount("rschulz", "Ralf", "Schulz", List.of(OrgUnits.PERSONALRAT)),
          new DemoAccount("skoch", "Stefan", "Koch", List.of(OrgUnits.STADTBETRIEB)),
          new DemoAccount("urichter", "Ute", "Richter", List.of(OrgUnits.UMWELT)));

  private final IdentityService identity;
  private final List<DemoAccount> moduleAccounts;

  DemoIdentity(IdentityService identity, List<DemoAccount> moduleAccounts) {
    this.identity = identity;
    this.moduleAccounts = moduleAccounts;
  }

  /** The built-in demo users and those the modules declare. */
  List<DemoAccount> accounts() {
    List<DemoAccount> all = new ArrayList<>(USERS);
    all.addAll(moduleAccounts);
    return all;
  }

  void apply() {
    if (identity.isReadOnly()) {
      LOG.info("Identity is read-only (Keycloak): demo users come from the realm export");
      return;
    }
    GROUP_NAMES.forEach(this::ensureGroup);
    moduleAccounts.stream()
        .flatMap(a -> a.groups().stream())
        .filter(g -> !GROUP_NAMES.containsKey(g))
        .forEach(g -> ensureGroup(g, g));
    for (DemoAccount demoUser : accounts()) {
      if (identity.createUserQuery().userId(demoUser.id()).count() == 0) {
        User user = identity.newUser(demoUser.id());
        user.setFirstName(demoUser.firstName());
        user.setLastName(demoUser.lastName());
        user.setEmail(demoUser.email());
        user.setPassword(demoUser.id());
        identity.saveUser(user);
        LOG.info("Demo user '{}' created", demoUser.id());
      }
      for (String group : demoUser.groups()) {
        if (identity.createUserQuery().userId(demoUser.id()).memberOfGroup(group).count() == 0) {
          identity.createMembership(demoUser.id(), group);
        }
      }
    }
  }

  private void ensureGroup(String id, String name) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(OrgUnits.ADMIN.equals(id) ? "SYSTEM" : "WORKFLOW");
      identity.saveGroup(group);
    }
  }
}
