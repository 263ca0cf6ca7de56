package de.iserlohn.digital.platform.casefile;

/** Whether a Vorgang is still being worked on. */
public enum VorgangStatus {
  OPEN,
  CLOSED
}
