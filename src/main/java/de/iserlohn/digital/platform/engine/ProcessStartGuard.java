package de.iserlohn.digital.platform.engine;

import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.identity.CurrentUser;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The rule for every process instance a person starts, whichever way (engine REST, Tasklist,
 * Cockpit restart, a message start; ADR 0011):
 *
 * <ul>
 *   <li>who started it is the authenticated user: the model's initiator variable is set from the
 *       engine's authentication, a variable of that name sent by the caller is overwritten;
 *   <li>a business key names a Vorgang the user may see. A key that names no Vorgang, or one of
 *       another unit, is refused (403) with the same message (existence does not leak): case
 *       numbers are given only by the case file, and nobody attaches a process to somebody else's
 *       Vorgang.
 * </ul>
 *
 * <p>Starts without an authenticated user are the platform's own (services, timers, jobs), and so
 * are the starts that the platform's code makes while it runs a model for a person (a delegate that
 * starts the day's pickup rounds when an administrator runs the daily timer at once): the model
 * chooses their business keys, not the person. Sub-processes are started by their parent. None of
 * these is checked. Registered as a built-in listener, so {@code skipCustomListeners} does not
 * switch it off.
 */
final class ProcessStartGuard implements ExecutionListener {

  static final String REFUSED =
      "Kein Vorgang %s, den Sie sehen dürfen: Ein Prozess kann nur zu einem sichtbaren Vorgang"
          + " gestartet werden; neue Vorgangsnummern vergibt die E-Akte.";

  private final ObjectProvider<CaseFileManagement> caseFile;

  ProcessStartGuard(ObjectProvider<CaseFileManagement> caseFile) {
    this.caseFile = caseFile;
  }

  @Override
  public void notify(DelegateExecution execution) {
    ExecutionEntity instance = (ExecutionEntity) execution;
    if (!instance.isProcessInstanceExecution()
        || instance.getSuperExecution() != null
        || instance.getSuperCaseExecution() != null) {
      return;
    }
    Authentication authentication = Context.getCommandContext().getAuthentication();
    String userId = authentication == null ? null : authentication.getUserId();
    Object initiator =
        instance.getProcessDefinition().getProperty(BpmnParse.PROPERTYNAME_INITIATOR_VARIABLE_NAME);
    if (initiator instanceof String variable) {
      instance.setVariable(variable, userId);
    }
    String businessKey = instance.getBusinessKey();
    if (userId == null || businessKey == null || !CommandOrigin.byPerson()) {
      return;
    }
    List<String> groups = authentication.getGroupIds();
    CurrentUser user = new CurrentUser(userId, groups == null ? Set.of() : Set.copyOf(groups));
    if (!caseFile.getObject().isVisibleTo(businessKey, user)) {
      throw new AuthorizationException(REFUSED.formatted(businessKey));
    }
  }

  /**
   * Remembers for each engine command whether the engine checks its caller's authorisations: true
   * for a command a person calls (REST, Tasklist, Cockpit), false for one that the platform's code
   * calls from inside a model, where the engine has switched the checks off for custom code.
   */
  static final class CommandOrigin extends CommandInterceptor {

    private static final ThreadLocal<Deque<Boolean>> CHECKED =
        ThreadLocal.withInitial(ArrayDeque::new);

    @Override
    public <T> T execute(Command<T> command) {
      Deque<Boolean> checked = CHECKED.get();
      checked.push(Context.getCommandContext().isAuthorizationCheckEnabled());
      try {
        return next.execute(command);
      } finally {
        checked.pop();
      }
    }

    /** Whether the command running now was called by a person (or nothing says otherwise). */
    static boolean byPerson() {
      Boolean top = CHECKED.get().peek();
      return top == null || top;
    }
  }
}
