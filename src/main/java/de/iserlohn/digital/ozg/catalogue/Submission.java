package de.iserlohn.digital.ozg.catalogue;

import java.util.List;
import java.util.Map;

/**
 * A checked submission: the typed field values (text, {@code Long}/{@code Double}, {@code Boolean},
 * ISO date text) in form order and the accepted uploads.
 */
public record Submission(Map<String, Object> values, List<CheckedUpload> uploads) {}
