package de.iserlohn.digital.platform.casefile;

import java.time.Instant;

/** An open user task of a process on a Vorgang. */
public record CaseTask(
    String id,
    String name,
    String processName,
    String assignee,
    String candidateGroups,
    Instant created,
    Instant due) {}
