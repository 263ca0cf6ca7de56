package de.iserlohn.digital.mailroom.item;

import de.iserlohn.digital.platform.casefile.CaseDataEraser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Erases the mailroom's record of a scanned item (with its recognised text) when the item's own
 * Vorgang is disposed of; an item distributed into a disposed Vorgang loses the reference to it.
 */
@Component
class MailroomItemEraser implements CaseDataEraser {

  private final JdbcTemplate jdbc;

  MailroomItemEraser(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void erase(String caseNumber) {
    jdbc.update("delete from mailroom_item where case_number = ?", caseNumber);
    jdbc.update(
        "update mailroom_item set target_case_number = null where target_case_number = ?",
        caseNumber);
  }
}
