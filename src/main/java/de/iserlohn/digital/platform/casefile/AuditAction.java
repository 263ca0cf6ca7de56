package de.iserlohn.digital.platform.casefile;

/** What somebody did with a Vorgang or one of its documents. */
public enum AuditAction {
  CREATED,
  READ,
  CHANGED,
  DOCUMENT_ADDED,
  DOWNLOADED,
  CLOSED,
  ACCESS_DENIED,
  NOTE_ADDED,
  REOPENED,
  SHARED,
  PROCESS_STARTED
}
