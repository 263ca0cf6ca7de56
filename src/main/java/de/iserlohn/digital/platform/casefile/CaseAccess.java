package de.iserlohn.digital.platform.casefile;

import de.iserlohn.digital.platform.identity.CurrentUser;

/**
 * Who may read what in the case file: administrators everything; a clerk the Vorgänge and documents
 * of their org units; the owner (citizen, employee) their own Vorgang and its documents.
 */
final class CaseAccess {

  private CaseAccess() {}

  static boolean canRead(CurrentUser user, Vorgang vorgang) {
    return user.isAdmin() || user.isMemberOf(vorgang.orgUnit()) || isOwner(user, vorgang);
  }

  static boolean canRead(CurrentUser user, Vorgang vorgang, Dokument dokument) {
    return user.isAdmin() || user.isMemberOf(dokument.orgUnit()) || isOwner(user, vorgang);
  }

  private static boolean isOwner(CurrentUser user, Vorgang vorgang) {
    return vorgang.ownerId() != null && vorgang.ownerId().equals(user.userId());
  }
}
