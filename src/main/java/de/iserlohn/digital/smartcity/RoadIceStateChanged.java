package de.iserlohn.digital.smartcity;

import java.time.Instant;
import java.util.List;

/**
 * A road segment's ice risk changed (DMN {@code roadIceRisk}, hysteresis applied): {@code CLEAR},
 * {@code WARNING} (pre-warning) or {@code ICE}, with the alarm level and the priority classes in
 * the order they are served.
 */
public record RoadIceStateChanged(
    String assetId,
    String district,
    Integer priorityClass,
    RoadIceState from,
    RoadIceState to,
    String alarmLevel,
    List<Integer> priorityClasses,
    double surfaceTemperature,
    Instant at) {}
