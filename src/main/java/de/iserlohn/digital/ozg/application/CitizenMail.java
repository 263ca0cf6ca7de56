package de.iserlohn.digital.ozg.application;

import de.iserlohn.digital.ozg.OzgProperties;
import de.iserlohn.digital.platform.notification.Notifications;
import de.iserlohn.digital.platform.notification.OutgoingMail;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Mail to the applicant of a case (when they gave an address): German templates {@code
 * templates/mail/ozg-*}, each with the case number, the application title, the applicant's name and
 * the portal link; sent after commit.
 */
@Component
public class CitizenMail {

  private final ApplicationStore store;
  private final Notifications notifications;
  private final OzgProperties properties;

  CitizenMail(ApplicationStore store, Notifications notifications, OzgProperties properties) {
    this.store = store;
    this.notifications = notifications;
    this.properties = properties;
  }

  public void send(String caseNumber, String template, Map<String, Object> extra) {
    send(caseNumber, template, extra, List.of());
  }

  public void send(
      String caseNumber,
      String template,
      Map<String, Object> extra,
      List<OutgoingMail.Attachment> attachments) {
    ApplicationRecord application = store.find(caseNumber).orElse(null);
    if (application == null || application.email() == null) {
      return;
    }
    Map<String, Object> model = new HashMap<>(extra);
    model.put("caseNumber", caseNumber);
    model.put("title", application.title());
    model.put("name", application.applicantName() == null ? "" : application.applicantName());
    model.put("portalUrl", properties.publicUrl() + "/portal/antraege");
    notifications.send(new OutgoingMail(application.email(), template, model, attachments));
  }
}
