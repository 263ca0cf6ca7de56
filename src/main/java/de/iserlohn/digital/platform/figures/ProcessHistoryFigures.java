package de.iserlohn.digital.platform.figures;

import de.iserlohn.digital.platform.identity.OrgUnits;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

/**
 * The figures every process has, from the engine history: started, finished, finished without a
 * user task, without a media break and on time, lead time; and the open and overdue tasks per org
 * unit when the day is the current one. A call activity belongs to its root instance (same business
 * key).
 */
@Component
class ProcessHistoryFigures implements FigureContributor {

  static final int PAGE = 500;

  /** A snapshot of the task lists is only taken for a day that ended this long ago at most. */
  static final Duration SNAPSHOT_WINDOW = Duration.ofHours(24);

  private final HistoryService history;
  private final TaskService tasks;
  private final MediaBreaks mediaBreaks;
  private final Clock clock;

  ProcessHistoryFigures(
      HistoryService history, TaskService tasks, MediaBreaks mediaBreaks, Clock clock) {
    this.history = history;
    this.tasks = tasks;
    this.mediaBreaks = mediaBreaks;
    this.clock = clock;
  }

  @Override
  public List<MeasuredProcess> processes() {
    return List.of();
  }

  @Override
  public void collect(LocalDate day, Instant from, Instant to, DailyFigures into) {
    Date start = Date.from(from);
    Date end = Date.from(to.minusMillis(1));
    countStarted(start, end, into);
    Map<String, Set<String>> marked = mediaBreaks.stepsByProcessKey();
    forEachPage(
        q -> q.finishedAfter(start).finishedBefore(end),
        page -> {
          page.forEach(p -> Objects.requireNonNull(p.getEndTime()));
          finished(page, marked, into);
        });
    Instant now = clock.instant();
    if (!to.isBefore(now.minus(SNAPSHOT_WINDOW)) && !from.isAfter(now)) {
      taskLists(Date.from(now), into);
    }
  }

  private void countStarted(Date start, Date end, DailyFigures into) {
    forEachPage(
        q -> q.startedAfter(start).startedBefore(end),
        page ->
            page.forEach(
                p -> into.add(FigureNames.PROCESS_STARTED, p.getProcessDefinitionKey(), 1)));
  }

  /** Hands the root process instances the filter selects to {@code each}, a page at a time. */
  private void forEachPage(
      UnaryOperator<HistoricProcessInstanceQuery> filter,
      Consumer<List<HistoricProcessInstance>> each) {
    for (int offset = 0; ; offset += PAGE) {
      List<HistoricProcessInstance> page =
          filter
              .apply(history.createHistoricProcessInstanceQuery().rootProcessInstances())
              .orderByProcessInstanceId()
              .asc()
              .listPage(offset, PAGE);
      each.accept(page);
      if (page.size() < PAGE) {
        return;
      }
    }
  }

  private void finished(
      List<HistoricProcessInstance> page, Map<String, Set<String>> marked, DailyFigures into) {
    if (page.isEmpty()) {
      return;
    }
    Map<String, String> treeOf = trees(page);
    Set<String> withTask = new HashSet<>();
    Set<String> late = new HashSet<>();
    String[] keys = businessKeys(page);
    if (keys.length > 0) {
      for (HistoricTaskInstance task :
          history.createHistoricTaskInstanceQuery().processInstanceBusinessKeyIn(keys).list()) {
        String root = treeOf.get(task.getProcessInstanceId());
        withTask.add(root);
        if (task.getDueDate() != null
            && (task.getEndTime() == null || task.getEndTime().after(task.getDueDate()))) {
          late.add(root);
        }
      }
    }
    Set<String> broken = mediaBroken(keys, page, marked, treeOf);
    for (HistoricProcessInstance p : page) {
      String key = p.getProcessDefinitionKey();
      into.add(FigureNames.PROCESS_FINISHED, key, 1);
      if (!withTask.contains(p.getId())) {
        into.add(FigureNames.PROCESS_AUTOMATIC, key, 1);
      }
      if (!broken.contains(p.getId())) {
        into.add(FigureNames.PROCESS_MEDIA_BREAK_FREE, key, 1);
      }
      if (!late.contains(p.getId())) {
        into.add(FigureNames.PROCESS_ON_TIME, key, 1);
      }
      long minutes =
          Duration.between(p.getStartTime().toInstant(), p.getEndTime().toInstant()).toMinutes();
      into.add(FigureNames.PROCESS_LEAD_TIME_MINUTES, key, minutes);
      into.observe(
          FigureNames.PROCESS_LEAD_TIME_HOURS,
          key,
          (int) Math.min(minutes / 60, Integer.MAX_VALUE));
    }
  }

  /** Every instance id of the page's trees (same business key) to the id of its root. */
  private Map<String, String> trees(List<HistoricProcessInstance> page) {
    Map<String, String> treeOf = new HashMap<>();
    Map<String, String> rootByKey = new HashMap<>();
    for (HistoricProcessInstance p : page) {
      treeOf.put(p.getId(), p.getId());
      if (p.getBusinessKey() != null) {
        rootByKey.put(p.getBusinessKey(), p.getId());
      }
    }
    String[] keys = rootByKey.keySet().toArray(String[]::new);
    if (keys.length > 0) {
      for (HistoricProcessInstance member :
          history.createHistoricProcessInstanceQuery().processInstanceBusinessKeyIn(keys).list()) {
        treeOf.putIfAbsent(member.getId(), rootByKey.get(member.getBusinessKey()));
      }
    }
    return treeOf;
  }

  /** The roots of the page whose tree passed a step marked as a media break. */
  private Set<String> mediaBroken(
      String[] keys,
      List<HistoricProcessInstance> page,
      Map<String, Set<String>> marked,
      Map<String, String> treeOf) {
    Set<String> broken = new HashSet<>();
    Set<String> withoutKey = new HashSet<>();
    page.stream().filter(p -> p.getBusinessKey() == null).forEach(p -> withoutKey.add(p.getId()));
    for (Map.Entry<String, Set<String>> steps : marked.entrySet()) {
      String[] activities = steps.getValue().toArray(String[]::new);
      if (keys.length > 0) {
        history
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey(steps.getKey())
            .processInstanceBusinessKeyIn(keys)
            .executedActivityIdIn(activities)
            .list()
            .forEach(p -> broken.add(treeOf.get(p.getId())));
      }
      if (!withoutKey.isEmpty()) {
        history
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey(steps.getKey())
            .processInstanceIds(withoutKey)
            .executedActivityIdIn(activities)
            .list()
            .forEach(p -> broken.add(p.getId()));
      }
    }
    broken.remove(null);
    return broken;
  }

  private static String[] businessKeys(List<HistoricProcessInstance> page) {
    return page.stream()
        .map(HistoricProcessInstance::getBusinessKey)
        .filter(Objects::nonNull)
        .distinct()
        .toArray(String[]::new);
  }

  private void taskLists(Date now, DailyFigures into) {
    for (String unit : OrgUnits.CLERK_UNITS) {
      into.add(
          FigureNames.TASKS_OPEN,
          unit,
          tasks.createTaskQuery().taskCandidateGroup(unit).includeAssignedTasks().count());
      into.add(
          FigureNames.TASKS_OVERDUE,
          unit,
          tasks
              .createTaskQuery()
              .taskCandidateGroup(unit)
              .includeAssignedTasks()
              .dueBefore(now)
              .count());
    }
  }
}
