package de.iserlohn.digital.platform.casefile;

import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A process a clerk may start from a Vorgang in the workspace, declared as a bean by the module
 * that owns the process. The process runs with the Vorgang's case number as business key.
 *
 * @param processKey the BPMN process id
 * @param label German name shown on the button
 * @param caseTypes the case types it applies to; empty: every Vorgang
 * @param textLabel German label of the one text field the clerk fills (e.g. "Was fehlt?")
 * @param variables the start variables from the Vorgang and the text
 */
public record CaseProcessOption(
    String processKey,
    String label,
    Set<String> caseTypes,
    String textLabel,
    BiFunction<WorkableVorgang, String, Map<String, Object>> variables) {

  public CaseProcessOption {
    caseTypes = Set.copyOf(caseTypes);
  }

  public boolean appliesTo(WorkableVorgang vorgang) {
    return caseTypes.isEmpty() || caseTypes.contains(vorgang.caseType());
  }
}
