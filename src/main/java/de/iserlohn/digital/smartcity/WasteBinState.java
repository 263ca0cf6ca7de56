package de.iserlohn.digital.smartcity;

/**
 * A waste bin's threshold state (DMN {@code wasteBinState}): {@code DUE} goes into the daily
 * pickup, {@code OVERFLOW} into an urgent one.
 */
public enum WasteBinState {
  OK,
  DUE,
  OVERFLOW
}
