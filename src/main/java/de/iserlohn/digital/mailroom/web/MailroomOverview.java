package de.iserlohn.digital.mailroom.web;

import de.iserlohn.digital.mailroom.intake.MailroomItem;
import de.iserlohn.digital.mailroom.intake.MailroomItem.ItemStatus;
import de.iserlohn.digital.mailroom.intake.MailroomItems;
import de.iserlohn.digital.platform.web.CityTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.springframework.stereotype.Component;

/** The mailroom's view of the day: intake, open items, throughput. */
@Component
class MailroomOverview {

  private final MailroomItems items;
  private final Clock clock;

  MailroomOverview(MailroomItems items, Clock clock) {
    this.items = items;
    this.clock = clock;
  }

  /**
   * The overview.
   *
   * @param receivedToday items received today
   * @param pagesToday pages received today
   * @param distributedToday of today's items, those already distributed
   * @param unassigned items waiting for a clerk (any day)
   * @param inRecognition items whose text is not recognised yet (any day)
   * @param averageMinutesToDistribution of today's distributed items, mean minutes from receipt
   * @param unassignedItems the items waiting for a clerk, oldest first
   * @param today today's items, newest first
   */
  record Overview(
      LocalDate day,
      int receivedToday,
      int pagesToday,
      int distributedToday,
      int unassigned,
      int inRecognition,
      Double averageMinutesToDistribution,
      List<ItemView> unassignedItems,
      List<ItemView> today) {}

  Overview today() {
    LocalDate day = CityTime.today(clock);
    Instant start = CityTime.startOfDay(day);
    List<MailroomItem> today = items.receivedSince(start);
    List<MailroomItem> unassigned = items.inStatus(ItemStatus.ZUZUORDNEN);
    List<MailroomItem> distributed =
        today.stream().filter(i -> i.status() == ItemStatus.VERTEILT).toList();
    OptionalDouble minutes =
        distributed.stream()
            .filter(i -> i.distributedAt() != null)
            .mapToLong(i -> Duration.between(i.receivedAt(), i.distributedAt()).toSeconds())
            .average();
    return new Overview(
        day,
        today.size(),
        today.stream().mapToInt(MailroomItem::pages).sum(),
        distributed.size(),
        unassigned.size(),
        items.inStatus(ItemStatus.EINGEGANGEN).size(),
        minutes.isPresent() ? Math.round(minutes.getAsDouble() / 6.0) / 10.0 : null,
        new ArrayList<>(unassigned.stream().map(ItemView::of).toList()),
        today.stream().map(ItemView::of).toList());
  }
}
