package de.iserlohn.digital.smartcity.winter;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On creating a route task: the road segments at risk of its priority class, for the form. */
@Component
class ListClassRoadsListener implements TaskListener {

  private final WinterDispatches dispatches;

  ListClassRoadsListener(WinterDispatches dispatches) {
    this.dispatches = dispatches;
  }

  @Override
  public void notify(DelegateTask task) {
    Object priorityClass = task.getVariable(WinterDispatchProcess.VAR_PRIORITY_CLASS);
    task.setVariableLocal(
        WinterDispatchProcess.VAR_CLASS_ROADS,
        dispatches.roadsOfClass(((Number) priorityClass).intValue()));
  }
}
