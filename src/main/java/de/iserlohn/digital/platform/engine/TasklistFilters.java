package de.iserlohn.digital.platform.engine;

import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/** The shared Tasklist filters every clerk sees: their own tasks and their groups' open tasks. */
@Component
class TasklistFilters {

  private final FilterService filters;
  private final TaskService tasks;
  private final EngineAuthorizationSetup authorizations;

  TasklistFilters(
      FilterService filters, TaskService tasks, EngineAuthorizationSetup authorizations) {
    this.filters = filters;
    this.tasks = tasks;
    this.authorizations = authorizations;
  }

  void apply() {
    create(
        "Meine Aufgaben",
        "Aufgaben, die mir zugewiesen sind",
        -10,
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    create(
        "Aufgaben meiner Gruppen",
        "Offene Aufgaben meiner Organisationseinheiten, noch niemandem zugewiesen",
        -5,
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"));
    create(
        "Überfällige Aufgaben",
        "Aufgaben meiner Organisationseinheiten, deren Frist abgelaufen ist",
        0,
        tasks
            .createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks()
            .dueBeforeExpression("${now()}"));
  }

  private void create(String name, String description, int priority, TaskQuery query) {
    if (filters.createFilterQuery().filterName(name).count() > 0) {
      return;
    }
    Filter filter =
        filters
            .newTaskFilter(name)
            .setQuery(query)
            .setProperties(
                Map.of("description", description, "priority", priority, "refresh", true));
    filters.saveFilter(filter);
    authorizations.grantEveryone(Resources.FILTER, filter.getId(), Permissions.READ);
  }
}
