package de.iserlohn.digital.hr.mobilework;

import static de.iserlohn.digital.hr.mobilework.MobileWorkProcess.*;

import de.iserlohn.digital.platform.notification.Notifications;
import de.iserlohn.digital.platform.notification.OutgoingMail;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "An das Ende der Vereinbarung erinnern": mails the employee four weeks before the agreement ends
 * (sent after commit through the platform's mail outbox).
 */
@Component
class RemindAgreementEndDelegate implements JavaDelegate {

  private final Notifications notifications;

  RemindAgreementEndDelegate(Notifications notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String to = (String) execution.getVariable(VAR_EMPLOYEE_EMAIL);
    if (to == null || to.isBlank()) {
      return;
    }
    notifications.send(
        OutgoingMail.of(
            to,
            MAIL_TEMPLATE_ENDING,
            Map.of(
                "name", execution.getVariable(VAR_EMPLOYEE_NAME),
                "caseNumber", execution.getProcessBusinessKey(),
                "endDate", execution.getVariable(VAR_END_DATE))));
  }
}
