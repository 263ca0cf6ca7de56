package de.iserlohn.digital.platform.casefile;

import java.time.Instant;

/** A process on a Vorgang with the step it is at (null when it has ended). */
public record ProcessStep(
    String processInstanceId,
    String processName,
    String state,
    String currentStep,
    Instant startTime,
    Instant endTime) {}
