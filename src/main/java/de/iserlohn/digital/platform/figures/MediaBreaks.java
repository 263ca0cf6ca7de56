package de.iserlohn.digital.platform.figures;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * The steps of the deployed models that are a media break: a notice or certificate sent by post, a
 * paper reply joined from the mailroom, a manual transfer or re-keying into another system. The
 * model marks such a step with the extension property {@code medienbruch=true}; a clerk's decision
 * in Tasklist on the E-Akte is not a media break and is not marked.
 */
@Component
public class MediaBreaks {

  /** The name of the extension property that marks a media-break step. */
  public static final String PROPERTY = "medienbruch";

  private final RepositoryService repository;
  private final Map<String, Set<String>> byDefinitionId = new HashMap<>();

  MediaBreaks(RepositoryService repository) {
    this.repository = repository;
  }

  /**
   * The marked step ids per process key, over all deployed versions of each key (a step id marked
   * in one version counts for all versions of that key).
   */
  public synchronized Map<String, Set<String>> stepsByProcessKey() {
    Map<String, Set<String>> result = new HashMap<>();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().list()) {
      Set<String> steps =
          byDefinitionId.computeIfAbsent(
              definition.getId(), id -> marked(repository.getBpmnModelInstance(id)));
      if (!steps.isEmpty()) {
        result.computeIfAbsent(definition.getKey(), k -> new HashSet<>()).addAll(steps);
      }
    }
    return result;
  }

  static Set<String> marked(BpmnModelInstance model) {
    Set<String> steps = new HashSet<>();
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      ExtensionElements extensions = node.getExtensionElements();
      if (extensions == null) {
        continue;
      }
      for (CamundaProperties properties :
          extensions.getChildElementsByType(CamundaProperties.class)) {
        for (CamundaProperty property : properties.getCamundaProperties()) {
          if (PROPERTY.equals(property.getCamundaName())
              && "true".equals(property.getCamundaValue())) {
            steps.add(node.getId());
          }
        }
      }
    }
    return steps;
  }
}
