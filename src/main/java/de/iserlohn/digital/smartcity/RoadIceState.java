package de.iserlohn.digital.smartcity;

/** A road segment's ice risk (DMN {@code roadIceRisk}): {@code WARNING} is the pre-warning. */
public enum RoadIceState {
  CLEAR,
  WARNING,
  ICE
}
