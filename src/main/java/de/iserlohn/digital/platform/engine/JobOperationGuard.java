package de.iserlohn.digital.platform.engine;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobStateCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * Job operations of people (engine REST, Cockpit; ADR 0011):
 *
 * <ul>
 *   <li>a job of no process definition (the history cleanup, batch jobs) may be executed,
 *       postponed, suspended, deleted or given other retries by administrators only; the engine
 *       itself does not check these jobs at all;
 *   <li>a refused call is no failed attempt: the engine counts every exception of {@code
 *       executeJob} against the job's retries, its own authorisation refusal too, so that three
 *       refused calls raised an incident. A refusal now leaves retries and incidents alone.
 * </ul>
 */
final class JobOperationGuard {

  private JobOperationGuard() {}

  /** Registers the interceptor before the engine builds its command chain. */
  static void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPostCommandInterceptorsTxRequired().add(new SuspensionCheck());
  }

  static void install(ProcessEngineConfigurationImpl configuration) {
    List<CommandChecker> checkers = new ArrayList<>(configuration.getCommandCheckers());
    checkers.add(standaloneJobChecker());
    configuration.setCommandCheckers(checkers);
    FailedJobCommandFactory counting = configuration.getFailedJobCommandFactory();
    configuration.setFailedJobCommandFactory(
        (jobId, failure) ->
            isRefusal(failure) ? context -> null : counting.getCommand(jobId, failure));
  }

  /** Whether a job failed because its caller was refused, not because its work failed. */
  static boolean isRefusal(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof AuthorizationException) {
        return true;
      }
    }
    return false;
  }

  /**
   * Refuses updates of jobs without a process definition to everybody but administrators. A checker
   * has 85 methods and this rule needs two: the others answer nothing (a proxy).
   */
  private static CommandChecker standaloneJobChecker() {
    return (CommandChecker)
        Proxy.newProxyInstance(
            CommandChecker.class.getClassLoader(),
            new Class<?>[] {CommandChecker.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "checkUpdateJob", "checkUpdateRetriesJob" ->
                    checkStandalone((JobEntity) args[0]);
                case "toString" -> {
                  return "StandaloneJobChecker";
                }
                case "hashCode" -> {
                  return System.identityHashCode(proxy);
                }
                case "equals" -> {
                  return proxy == args[0];
                }
                default -> {
                  // not a job operation
                }
              }
              return null;
            });
  }

  /**
   * Suspending a single job checks only its process instance or definition, so a standalone job
   * reaches no checker: this interceptor checks it before the command runs.
   */
  private static final class SuspensionCheck extends CommandInterceptor {

    private static final Field JOB_ID = jobIdField();

    @Override
    public <T> T execute(Command<T> command) {
      if (command instanceof AbstractSetJobStateCmd) {
        String jobId = jobIdOf(command);
        if (jobId != null) {
          checkStandalone(Context.getCommandContext().getJobManager().findJobById(jobId));
        }
      }
      return next.execute(command);
    }

    private static String jobIdOf(Object command) {
      try {
        return (String) JOB_ID.get(command);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }

    private static Field jobIdField() {
      try {
        Field field = AbstractSetJobStateCmd.class.getDeclaredField("jobId");
        field.setAccessible(true);
        return field;
      } catch (NoSuchFieldException e) {
        throw new IllegalStateException("Camunda changed AbstractSetJobStateCmd", e);
      }
    }
  }

  private static void checkStandalone(JobEntity job) {
    if (job == null || job.getProcessDefinitionKey() != null) {
      return;
    }
    CommandContext context = Context.getCommandContext();
    Authentication authentication = context.getAuthentication();
    if (!context.isAuthorizationCheckEnabled()
        || authentication == null
        || context.getAuthorizationManager().isCamundaAdmin(authentication)) {
      return;
    }
    throw new AuthorizationException(
        "Der Job %s gehört zu keinem Prozess (z. B. die Bereinigung der Historie); nur die"
                .formatted(job.getId())
            + " Administration darf ihn ausführen, verschieben, aussetzen oder ändern.");
  }
}
