package de.iserlohn.digital.mailroom.originals;

import static de.iserlohn.digital.mailroom.originals.MailroomOriginalsProcess.*;

import de.iserlohn.digital.mailroom.intake.MailroomItem;
import de.iserlohn.digital.mailroom.intake.MailroomItems;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Fällige Originale ermitteln": the originals whose destruction date has come and that nobody
 * released yet, summarised per scan batch (day of receipt) for the release task.
 */
@Component
class CollectDueOriginalsDelegate implements JavaDelegate {

  private final MailroomItems items;
  private final Clock clock;

  CollectDueOriginalsDelegate(MailroomItems items, Clock clock) {
    this.items = items;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object given = execution.getVariable(VAR_DUE_UNTIL);
    LocalDate until = given == null ? LocalDate.now(clock) : LocalDate.parse(given.toString());
    if (execution.getProcessBusinessKey() == null) {
      execution.setProcessBusinessKey(BUSINESS_KEY_PREFIX + until);
    }
    List<MailroomItem> due = items.dueForDestruction(until);
    execution.setVariable(VAR_DUE_UNTIL, until.toString());
    execution.setVariable(VAR_DUE_COUNT, due.size());
    execution.setVariable(VAR_DUE_SUMMARY, summary(due, clock.getZone()));
  }

  /** One line per batch: day of receipt, batch and the number of originals. */
  static String summary(List<MailroomItem> due, ZoneId zone) {
    Map<String, Long> perBatch =
        due.stream()
            .collect(
                Collectors.groupingBy(
                    i ->
                        LocalDate.ofInstant(i.receivedAt(), zone)
                            + " Stapel "
                            + shortId(i.batchId()),
                    TreeMap::new,
                    Collectors.counting()));
    StringBuilder text = new StringBuilder();
    perBatch.forEach(
        (batch, n) -> text.append(batch).append(": ").append(n).append(" Original(e)\n"));
    return text.length() > SUMMARY_LENGTH
        ? text.substring(0, SUMMARY_LENGTH) + "\n…"
        : text.toString();
  }

  private static String shortId(UUID id) {
    return id.toString().substring(0, 8);
  }
}
