package de.iserlohn.digital.platform.notification;

import de.iserlohn.digital.platform.casefile.CaseDataEraser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Erases the publications of the event registry that name a disposed Vorgang: the mails sent about
 * it (recipient, model with names and data, kept by the registry after sending) and its other
 * domain events. Events carry the case number as a JSON string value.
 */
@Component
class EventPublicationEraser implements CaseDataEraser {

  private final JdbcTemplate jdbc;

  EventPublicationEraser(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void erase(String caseNumber) {
    jdbc.update(
        "delete from event_publication where serialized_event like ?",
        "%\"" + caseNumber.replace("%", "\\%").replace("_", "\\_") + "\"%");
  }
}
