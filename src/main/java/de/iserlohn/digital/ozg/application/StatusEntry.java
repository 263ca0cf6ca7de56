package de.iserlohn.digital.ozg.application;

import java.time.Instant;

/** A step of an application's status history, as the citizen sees it. */
public record StatusEntry(ApplicationStatus status, String text, Instant occurredAt) {

  public String label() {
    return status.label();
  }
}
