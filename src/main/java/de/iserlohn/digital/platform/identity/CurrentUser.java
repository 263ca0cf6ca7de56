package de.iserlohn.digital.platform.identity;

import java.util.Set;

/**
 * The person (or system) on whose behalf a request runs, with the org-unit groups they belong to.
 * Authorisation rules in the domain services decide on this, never on the UI alone.
 *
 * @param userId the user id (engine identity or Keycloak username)
 * @param groups the group ids the user belongs to (org units and role groups)
 */
public record CurrentUser(String userId, Set<String> groups) {

  /** The technical actor used for work that no person triggered (jobs, timers, listeners). */
  public static final CurrentUser SYSTEM = new CurrentUser("system", Set.of(OrgUnits.SYSTEM));

  public CurrentUser {
    groups = Set.copyOf(groups);
  }

  public boolean isMemberOf(String group) {
    return groups.contains(group);
  }

  /** Administrators and the platform itself may read every case. */
  public boolean isAdmin() {
    return groups.contains(OrgUnits.ADMIN) || groups.contains(OrgUnits.SYSTEM);
  }
}
