package de.iserlohn.digital.platform.engine;

import java.time.DateTimeException;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * No task completion ends in 500 (ADR 0014): when a clerk completes a task (Tasklist, engine REST)
 * and a step that runs at once after the task fails on the values it got (a date out of range, a
 * number that does not fit, a value of the wrong type), the completion is refused as a form
 * validation error (400 with the reason) and nothing of it is kept. Other failures stay what they
 * are. The failure is logged with its stack trace: a refused completion can also be a defect.
 */
final class TaskCompletionGuard extends CommandInterceptor {

  private static final Logger LOG = LoggerFactory.getLogger(TaskCompletionGuard.class);

  static final String REFUSED =
      "Die Aufgabe kann mit diesen Angaben nicht abgeschlossen werden (%s). Bitte prüfen Sie die"
          + " Eingaben, besonders Datumsangaben und Zahlen.";

  @Override
  public <T> T execute(Command<T> command) {
    if (!(command instanceof CompleteTaskCmd) && !(command instanceof SubmitTaskFormCmd)) {
      return next.execute(command);
    }
    try {
      return next.execute(command);
    } catch (RuntimeException e) {
      Throwable cause = inputCause(e);
      if (cause == null) {
        throw e;
      }
      LOG.warn("Task completion refused: {}", cause.toString(), e);
      throw new FormFieldValidationException(null, REFUSED.formatted(cause.getMessage()), e);
    }
  }

  /** The failure that bad values cause, if that is why the completion failed. */
  static Throwable inputCause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof FormFieldValidationException) {
        return null;
      }
      if (t instanceof DateTimeException
          || t instanceof ArithmeticException
          || t instanceof NumberFormatException
          || t instanceof ClassCastException) {
        return t;
      }
    }
    return null;
  }
}
