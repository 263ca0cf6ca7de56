package de.iserlohn.digital.smartcity;

import java.time.Instant;

/**
 * A waste bin's threshold state changed (hysteresis applied): {@code DUE} (into the district's
 * daily pickup), {@code OVERFLOW} (urgent single pickup) or {@code OK} (emptied).
 */
public record WasteBinStateChanged(
    String assetId,
    String district,
    WasteBinState from,
    WasteBinState to,
    double fillLevel,
    Instant at) {}
