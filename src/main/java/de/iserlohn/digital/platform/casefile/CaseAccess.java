package de.iserlohn.digital.platform.casefile;

import de.iserlohn.digital.platform.identity.CurrentUser;

/**
 * Who may read and work what in the case file: administrators everything; a clerk the Vorgänge and
 * documents of their org units and the Vorgänge shared with them (never a personnel record); the
 * owner (citizen, employee) may read their own Vorgang and its documents, but not work on it.
 */
final class CaseAccess {

  private CaseAccess() {}

  static boolean canRead(CurrentUser user, Vorgang vorgang) {
    return canRead(user, vorgang, false);
  }

  static boolean canRead(CurrentUser user, Vorgang vorgang, boolean shared) {
    return user.isAdmin()
        || user.isMemberOf(vorgang.orgUnit())
        || isOwner(user, vorgang)
        || shareCounts(vorgang, shared);
  }

  static boolean canRead(CurrentUser user, Vorgang vorgang, Dokument dokument) {
    return canRead(user, vorgang, dokument, false);
  }

  static boolean canRead(CurrentUser user, Vorgang vorgang, Dokument dokument, boolean shared) {
    return user.isAdmin()
        || user.isMemberOf(dokument.orgUnit())
        || isOwner(user, vorgang)
        || shareCounts(vorgang, shared);
  }

  /** Notes, uploads, closing, resubmissions, processes: the unit, a share, administrators. */
  static boolean canWork(CurrentUser user, Vorgang vorgang, boolean shared) {
    return user.isAdmin() || user.isMemberOf(vorgang.orgUnit()) || shareCounts(vorgang, shared);
  }

  /** Whether a Vorgang may be shared at all: personnel records only for HR and the person. */
  static boolean mayBeShared(Vorgang vorgang) {
    return vorgang.retentionClass() != RetentionClass.PERSONNEL;
  }

  private static boolean shareCounts(Vorgang vorgang, boolean shared) {
    return shared && mayBeShared(vorgang);
  }

  private static boolean isOwner(CurrentUser user, Vorgang vorgang) {
    return vorgang.ownerId() != null && vorgang.ownerId().equals(user.userId());
  }
}
