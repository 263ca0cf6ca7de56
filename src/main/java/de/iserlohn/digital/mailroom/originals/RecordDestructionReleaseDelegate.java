package de.iserlohn.digital.mailroom.originals;

import static de.iserlohn.digital.mailroom.originals.MailroomOriginalsProcess.*;

import de.iserlohn.digital.mailroom.intake.MailroomItem;
import de.iserlohn.digital.mailroom.intake.MailroomItems;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Freigabe vermerken": records with every due original who released its destruction and when. Runs
 * in the transaction of the task's completion, so the completing clerk is the authenticated user.
 */
@Component
class RecordDestructionReleaseDelegate implements JavaDelegate {

  private final MailroomItems items;
  private final Clock clock;

  RecordDestructionReleaseDelegate(MailroomItems items, Clock clock) {
    this.items = items;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var who = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (who == null || who.getUserId() == null) {
      throw new IllegalStateException("The release of a destruction needs an authenticated clerk");
    }
    LocalDate until = LocalDate.parse((String) execution.getVariable(VAR_DUE_UNTIL));
    int released =
        items.releaseDestruction(
            items.dueForDestruction(until).stream().map(MailroomItem::id).toList(),
            who.getUserId(),
            clock.instant());
    execution.setVariable(VAR_RELEASED_BY, who.getUserId());
    execution.setVariable(VAR_RELEASED_COUNT, released);
  }
}
