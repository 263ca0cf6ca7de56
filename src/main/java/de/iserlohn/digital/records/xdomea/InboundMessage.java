package de.iserlohn.digital.records.xdomea;

import java.util.List;

/**
 * A message of the archive, read and valid: its type ({@code 0502}, {@code 0504}, {@code 0506},
 * {@code 0507}), the process it belongs to (ProzessID of the Aussonderung), and for an evaluation
 * the archive's decision per offered object, for an import confirmation the result per object.
 */
public record InboundMessage(
    String type, String processId, List<Evaluation> evaluations, List<ImportResult> importResults) {

  /** The archive's decision on one offered object: {@code A} takes it, {@code V} destroys it. */
  public record Evaluation(String objectId, String value) {}

  /** Whether the archive imported a transferred object, under which archive id, or why not. */
  public record ImportResult(
      String objectId, boolean success, String archiveId, List<String> errors) {}
}
