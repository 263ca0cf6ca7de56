package de.iserlohn.digital.smartcity;

import java.time.Instant;

/**
 * A young tree's confirmed water state changed (two consecutive readings): {@code DRY} (water
 * tension above 33 kPa, into the district's watering order of the day), {@code CRITICAL} (above 81
 * kPa) or {@code OK} (the watering is confirmed).
 */
public record TreeWaterStateChanged(
    String assetId,
    String district,
    TreeWaterState from,
    TreeWaterState to,
    double tensionKpa,
    Instant at) {}
