package de.iserlohn.digital.platform.casefile;

import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.web.CityTime;
import de.iserlohn.digital.platform.web.InvalidInputException;
import de.iserlohn.digital.platform.web.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Processes on a Vorgang from the clerks' workspace: which ones run and where they are, their open
 * tasks, starting one (checked against the case file's access rules first: a user starts only on a
 * Vorgang they may work on, as themselves), and resubmissions (Wiedervorlage).
 */
@Service
@Transactional
public class CaseProcesses {

  /** Longest resubmission note, in characters. */
  public static final int MAX_NOTE = 2000;

  private final CaseFileManagement caseFile;
  private final List<CaseProcessOption> options;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final HistoryService history;
  private final RepositoryService repository;
  private final Clock clock;

  CaseProcesses(
      CaseFileManagement caseFile,
      List<CaseProcessOption> options,
      RuntimeService runtime,
      TaskService tasks,
      HistoryService history,
      RepositoryService repository,
      Clock clock) {
    this.caseFile = caseFile;
    this.options = List.copyOf(options);
    this.runtime = runtime;
    this.tasks = tasks;
    this.history = history;
    this.repository = repository;
    this.clock = clock;
  }

  /** The processes the user may start on this Vorgang (none on a closed one). */
  public List<CaseProcessOption> optionsFor(String caseNumber, CurrentUser user) {
    WorkableVorgang vorgang = caseFile.requireWorkable(caseNumber, user);
    if (vorgang.status() != VorgangStatus.OPEN) {
      return List.of();
    }
    return options.stream().filter(o -> o.appliesTo(vorgang)).toList();
  }

  /**
   * Starts a process on a Vorgang the user may work on, with the Vorgang's case number as business
   * key and the user as initiator. Anything else answers 404 (the Vorgang) or 400 (the process).
   */
  public String start(String caseNumber, String processKey, String text, CurrentUser user) {
    WorkableVorgang vorgang = caseFile.requireWorkable(caseNumber, user);
    CaseProcessOption option =
        options.stream()
            .filter(o -> o.processKey().equals(processKey) && o.appliesTo(vorgang))
            .findFirst()
            .orElseThrow(
                () -> InvalidInputException.of("process", "Dieser Prozess passt nicht hierher."));
    if (vorgang.status() != VorgangStatus.OPEN) {
      throw InvalidInputException.of("process", "Der Vorgang ist abgeschlossen.");
    }
    String value = text == null ? "" : text.strip();
    if (value.isEmpty()) {
      throw InvalidInputException.of("text", "Bitte ausfüllen: " + option.textLabel());
    }
    if (value.length() > MAX_NOTE) {
      throw InvalidInputException.of("text", "Höchstens " + MAX_NOTE + " Zeichen.");
    }
    Map<String, Object> variables = new HashMap<>(option.variables().apply(vorgang, value));
    variables.put("initiator", user.userId());
    variables.put("caseNumber", vorgang.caseNumber());
    ProcessInstance started =
        runtime.startProcessInstanceByKey(option.processKey(), vorgang.caseNumber(), variables);
    caseFile.recordProcessStart(vorgang.caseNumber(), option.label(), user);
    return started.getId();
  }

  /**
   * Sets a resubmission (Wiedervorlage): on that day a task appears in Tasklist, for the user or
   * for the Vorgang's unit. A day in the past is refused.
   */
  public String resubmit(
      String caseNumber, LocalDate day, String note, boolean forUnit, CurrentUser user) {
    List<de.iserlohn.digital.platform.web.FieldError> errors = new ArrayList<>();
    LocalDate today = CityTime.today(clock);
    if (day == null) {
      errors.add(
          new de.iserlohn.digital.platform.web.FieldError("date", "Bitte ein Datum angeben."));
    } else if (day.isBefore(today)) {
      errors.add(
          new de.iserlohn.digital.platform.web.FieldError(
              "date", "Das Datum liegt in der Vergangenheit."));
    } else if (day.isAfter(today.plusYears(10))) {
      errors.add(
          new de.iserlohn.digital.platform.web.FieldError(
              "date", "Höchstens zehn Jahre im Voraus."));
    }
    String text = note == null ? "" : note.strip();
    if (text.isEmpty()) {
      errors.add(
          new de.iserlohn.digital.platform.web.FieldError("note", "Bitte einen Hinweis eingeben."));
    } else if (text.length() > MAX_NOTE) {
      errors.add(
          new de.iserlohn.digital.platform.web.FieldError(
              "note", "Höchstens " + MAX_NOTE + " Zeichen."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    WorkableVorgang vorgang = caseFile.requireWorkable(caseNumber, user);
    Map<String, Object> variables = new HashMap<>();
    variables.put(ResubmissionProcess.VAR_CASE_NUMBER, vorgang.caseNumber());
    variables.put(ResubmissionProcess.VAR_NOTE, text);
    variables.put(ResubmissionProcess.VAR_RESUBMIT_AT, Date.from(CityTime.startOfDay(day)));
    variables.put(ResubmissionProcess.VAR_ASSIGNEE, forUnit ? null : user.userId());
    variables.put(ResubmissionProcess.VAR_CANDIDATE_GROUP, vorgang.orgUnit());
    variables.put(ResubmissionProcess.VAR_INITIATOR, user.userId());
    ProcessInstance started =
        runtime.startProcessInstanceByKey(
            ResubmissionProcess.PROCESS_KEY, vorgang.caseNumber(), variables);
    caseFile.recordProcessStart(
        vorgang.caseNumber(),
        "Wiedervorlage zum %s (%s): %s"
            .formatted(
                day.format(CityTime.DATE),
                forUnit ? "Organisationseinheit " + vorgang.orgUnit() : user.userId(),
                text.length() > 200 ? text.substring(0, 199) + "…" : text),
        user);
    return started.getId();
  }

  /** The processes on a Vorgang the user may read, with their current step. */
  @Transactional(readOnly = true)
  public List<ProcessStep> processes(String caseNumber, CurrentUser user) {
    requireReadable(caseNumber, user);
    List<ProcessStep> steps = new ArrayList<>();
    for (HistoricProcessInstance p :
        history
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(caseNumber)
            .orderByProcessInstanceStartTime()
            .asc()
            .list()) {
      String current = null;
      if (p.getEndTime() == null) {
        current =
            history
                .createHistoricActivityInstanceQuery()
                .processInstanceId(p.getId())
                .unfinished()
                .list()
                .stream()
                .map(HistoricActivityInstance::getActivityName)
                .filter(n -> n != null && !n.isBlank())
                .distinct()
                .collect(Collectors.joining(", "));
      }
      steps.add(
          new ProcessStep(
              p.getId(),
              p.getProcessDefinitionName() != null
                  ? p.getProcessDefinitionName()
                  : p.getProcessDefinitionKey(),
              p.getState(),
              current,
              p.getStartTime() == null ? null : p.getStartTime().toInstant(),
              p.getEndTime() == null ? null : p.getEndTime().toInstant()));
    }
    return steps;
  }

  /** The open user tasks of the processes on a Vorgang the user may read. */
  @Transactional(readOnly = true)
  public List<CaseTask> openTasks(String caseNumber, CurrentUser user) {
    requireReadable(caseNumber, user);
    List<CaseTask> result = new ArrayList<>();
    for (Task task :
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(caseNumber)
            .active()
            .orderByTaskCreateTime()
            .asc()
            .list()) {
      String groups =
          tasks.getIdentityLinksForTask(task.getId()).stream()
              .filter(l -> "candidate".equals(l.getType()) && l.getGroupId() != null)
              .map(IdentityLink::getGroupId)
              .collect(Collectors.joining(", "));
      String processName = repository.getProcessDefinition(task.getProcessDefinitionId()).getName();
      result.add(
          new CaseTask(
              task.getId(),
              task.getName(),
              processName,
              task.getAssignee(),
              groups,
              task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
              task.getDueDate() == null ? null : task.getDueDate().toInstant()));
    }
    return result;
  }

  private void requireReadable(String caseNumber, CurrentUser user) {
    if (!caseFile.canRead(caseNumber, user)) {
      throw NotFoundException.of("Vorgang", caseNumber);
    }
  }
}
