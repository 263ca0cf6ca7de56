package de.iserlohn.digital.ozg.kpi;

import de.iserlohn.digital.ozg.application.ApplicationStore;
import de.iserlohn.digital.ozg.catalogue.ServiceCatalogue;
import de.iserlohn.digital.ozg.catalogue.ServiceDefinition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Service;

/**
 * Process KPIs of the online services from the engine history: lead time per service, the share
 * processed without media break (no user task in the service process or its call activities) and
 * the open applications per org unit (strategy goal: 25 % without media break).
 */
@Service
public class OzgKpis {

  /** The strategy's goal for the share of applications processed without media break. */
  public static final double GOAL_WITHOUT_MEDIA_BREAK = 0.25;

  static final int PAGE = 500;

  private final HistoryService history;
  private final ServiceCatalogue catalogue;
  private final ApplicationStore store;

  OzgKpis(HistoryService history, ServiceCatalogue catalogue, ApplicationStore store) {
    this.history = history;
    this.catalogue = catalogue;
    this.store = store;
  }

  public List<ServiceKpi> perService() {
    List<ServiceKpi> result = new ArrayList<>();
    for (ServiceDefinition service : catalogue.all()) {
      result.add(of(service));
    }
    return result;
  }

  public Map<String, Long> openPerUnit() {
    return store.openPerUnit();
  }

  private ServiceKpi of(ServiceDefinition service) {
    long finished = 0;
    long millis = 0;
    long withoutTask = 0;
    int offset = 0;
    while (true) {
      List<HistoricProcessInstance> page =
          history
              .createHistoricProcessInstanceQuery()
              .processDefinitionKey(service.id())
              .finished()
              .orderByProcessInstanceStartTime()
              .asc()
              .listPage(offset, PAGE);
      if (page.isEmpty()) {
        break;
      }
      Set<String> touched = touchedByPeople(page);
      for (HistoricProcessInstance p : page) {
        finished++;
        millis += p.getEndTime().getTime() - p.getStartTime().getTime();
        if (!touched.contains(p.getBusinessKey())) {
          withoutTask++;
        }
      }
      offset += page.size();
    }
    return new ServiceKpi(
        service.id(),
        service.title(),
        finished,
        finished == 0 ? 0 : millis / (double) finished / 3_600_000d,
        withoutTask,
        finished == 0 ? 0 : withoutTask / (double) finished);
  }

  /** The business keys (case numbers) of the page that had at least one user task. */
  private Set<String> touchedByPeople(List<HistoricProcessInstance> page) {
    String[] keys =
        page.stream()
            .map(HistoricProcessInstance::getBusinessKey)
            .filter(java.util.Objects::nonNull)
            .toArray(String[]::new);
    Set<String> touched = new HashSet<>();
    if (keys.length > 0) {
      for (HistoricTaskInstance task :
          history.createHistoricTaskInstanceQuery().processInstanceBusinessKeyIn(keys).list()) {
        touched.add(task.getProcessInstanceId() == null ? null : businessKey(task, page));
      }
    }
    touched.remove(null);
    return touched;
  }

  private String businessKey(HistoricTaskInstance task, List<HistoricProcessInstance> page) {
    for (HistoricProcessInstance p : page) {
      if (p.getId().equals(task.getProcessInstanceId())) {
        return p.getBusinessKey();
      }
    }
    // a task of a call activity: same business key, other instance
    HistoricProcessInstance child =
        history
            .createHistoricProcessInstanceQuery()
            .processInstanceId(task.getProcessInstanceId())
            .singleResult();
    return child == null ? null : child.getBusinessKey();
  }
}
