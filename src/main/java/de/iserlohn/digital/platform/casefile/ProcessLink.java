package de.iserlohn.digital.platform.casefile;

import java.time.Instant;

/** A process instance that works on a Vorgang (linked by the case number as business key). */
public record ProcessLink(
    String processInstanceId,
    String processDefinitionKey,
    String processDefinitionName,
    String state,
    Instant startTime,
    Instant endTime) {}
