package de.iserlohn.digital.smartcity;

/**
 * A young tree's water state (DMN {@code treeWaterState}): {@code DRY} above 33 kPa water tension,
 * {@code CRITICAL} above 81 kPa.
 */
public enum TreeWaterState {
  OK,
  DRY,
  CRITICAL
}
