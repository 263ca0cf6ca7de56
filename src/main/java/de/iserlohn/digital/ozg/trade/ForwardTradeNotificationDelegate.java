package de.iserlohn.digital.ozg.trade;

import de.iserlohn.digital.ozg.OzgProcess;
import de.iserlohn.digital.ozg.application.ApplicationLifecycle;
import de.iserlohn.digital.ozg.application.ApplicationRecord;
import de.iserlohn.digital.ozg.catalogue.FormField;
import de.iserlohn.digital.ozg.catalogue.ServiceCatalogue;
import de.iserlohn.digital.ozg.catalogue.ServiceDefinition;
import de.iserlohn.digital.platform.notification.Notifications;
import de.iserlohn.digital.platform.notification.OutgoingMail;
import de.iserlohn.digital.platform.web.CityTime;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Anzeige an die beteiligten Stellen weiterleiten": one mail per receiving body (DMN {@code
 * trade-registration-recipients}, addresses from {@code iserlohn.ozg.gewerbe.recipients}) with the
 * data of the notification, labelled as in the start form, and the confirmation PDF attached; the
 * citizen sees the forwarding in the status history. The mails are sent after commit, so a failed
 * attempt sends nothing and the retry sends every mail once.
 */
@Component
class ForwardTradeNotificationDelegate implements JavaDelegate {

  private final TradeRecipients recipients;
  private final ServiceCatalogue catalogue;
  private final ApplicationLifecycle lifecycle;
  private final Notifications notifications;

  ForwardTradeNotificationDelegate(
      TradeRecipients recipients,
      ServiceCatalogue catalogue,
      ApplicationLifecycle lifecycle,
      Notifications notifications) {
    this.recipients = recipients;
    this.catalogue = catalogue;
    this.lifecycle = lifecycle;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    ApplicationRecord application = lifecycle.require(caseNumber);
    List<TradeProperties.Recipient> bodies =
        recipients.resolve((String) execution.getVariable(TradeRegistrationProcess.VAR_RECIPIENTS));
    List<Map<String, String>> rows =
        rows(catalogue.get(TradeRegistrationProcess.PROCESS_KEY), execution.getVariables());
    String kind = (String) execution.getVariable(OzgProcess.VAR_FEE_REASON);
    List<OutgoingMail.Attachment> confirmation =
        List.of(
            new OutgoingMail.Attachment(
                caseNumber,
                UUID.fromString(
                    (String) execution.getVariable(OzgProcess.VAR_NOTICE_DOCUMENT_ID))));
    for (TradeProperties.Recipient body : bodies) {
      Map<String, Object> model = new HashMap<>();
      model.put("recipientName", body.name());
      model.put("caseNumber", caseNumber);
      model.put("kind", kind);
      model.put("title", application.title());
      model.put("rows", rows);
      notifications.send(
          new OutgoingMail(
              body.email(), TradeRegistrationProcess.FORWARDING_MAIL, model, confirmation));
    }
    lifecycle.note(
        caseNumber,
        "Ihre Gewerbeanzeige wurde weitergeleitet an: "
            + bodies.stream().map(TradeProperties.Recipient::name).collect(Collectors.joining(", "))
            + ".");
  }

  /** The submitted fields with their German labels and displayed values, in form order. */
  static List<Map<String, String>> rows(ServiceDefinition service, Map<String, Object> variables) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (FormField field : service.fields()) {
      Object value = variables.get(field.key());
      if (field.isFile() || value == null || value.toString().isBlank()) {
        continue;
      }
      Map<String, String> row = new LinkedHashMap<>();
      row.put("label", field.label());
      row.put("value", field.isDate() ? germanDate(value.toString()) : field.display(value));
      rows.add(row);
    }
    return rows;
  }

  private static String germanDate(String iso) {
    try {
      return LocalDate.parse(iso).format(CityTime.DATE);
    } catch (DateTimeParseException e) {
      return iso;
    }
  }
}
