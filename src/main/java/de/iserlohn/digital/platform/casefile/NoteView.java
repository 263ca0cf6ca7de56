package de.iserlohn.digital.platform.casefile;

import java.time.Instant;

/** A note (Aktenvermerk) on a Vorgang. */
public record NoteView(long id, String text, Instant createdAt, String createdBy) {}
