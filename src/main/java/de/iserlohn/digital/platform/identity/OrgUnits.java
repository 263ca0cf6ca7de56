package de.iserlohn.digital.platform.identity;

import java.util.List;

/**
 * The org units (engine groups, Keycloak groups) the domains use as candidate groups and for access
 * checks. One constant per group id; the ids are part of the BPMN models and DMN tables.
 */
public final class OrgUnits {

  public static final String BUERGERBUERO = "buergerbuero";
  public static final String ORDNUNGSAMT = "ordnungsamt";
  public static final String STANDESAMT = "standesamt";
  public static final String STEUERAMT = "steueramt";
  public static final String BUCHHALTUNG = "buchhaltung";
  public static final String POSTSTELLE = "poststelle";
  public static final String PERSONAL = "personal";
  public static final String PERSONALRAT = "personalrat";
  public static final String STADTBETRIEB = "stadtbetrieb";
  public static final String UMWELT = "umwelt";
  public static final String PROCESS_MANAGERS = "process-managers";

  /** The engine's administrators group. */
  public static final String ADMIN = "camunda-admin";

  /** Pseudo group of the platform itself (jobs, listeners); never assigned to a person. */
  public static final String SYSTEM = "system";

  /** The org units that clerks belong to, in the order they are listed to people. */
  public static final List<String> CLERK_UNITS =
      List.of(
          BUERGERBUERO,
          ORDNUNGSAMT,
          STANDESAMT,
          STEUERAMT,
          BUCHHALTUNG,
          POSTSTELLE,
          PERSONAL,
          PERSONALRAT,
          STADTBETRIEB,
          UMWELT);

  private OrgUnits() {}
}
