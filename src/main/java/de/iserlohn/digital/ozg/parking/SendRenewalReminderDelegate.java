package de.iserlohn.digital.ozg.parking;

import de.iserlohn.digital.ozg.application.ApplicationLifecycle;
import de.iserlohn.digital.ozg.application.ApplicationStatus;
import de.iserlohn.digital.ozg.application.CitizenMail;
import de.iserlohn.digital.platform.web.CityTime;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "An die Verlängerung erinnern": four weeks before the permit ends, the citizen gets a mail and
 * sees the reminder in the portal; a renewal is a new application.
 */
@Component
class SendRenewalReminderDelegate implements JavaDelegate {

  private final ApplicationLifecycle lifecycle;
  private final CitizenMail mail;

  SendRenewalReminderDelegate(ApplicationLifecycle lifecycle, CitizenMail mail) {
    this.lifecycle = lifecycle;
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    String until =
        LocalDate.parse(
                (String) execution.getVariable(ResidentParkingPermitProcess.VAR_VALID_UNTIL))
            .format(CityTime.DATE);
    lifecycle.record(
        caseNumber,
        ApplicationStatus.GENEHMIGT,
        "Ihr Bewohnerparkausweis gilt bis "
            + until
            + ". Bitte beantragen Sie rechtzeitig einen neuen.");
    mail.send(
        caseNumber,
        "ozg-parking-renewal",
        Map.of(
            "validUntil",
            until,
            "licensePlate",
            String.valueOf(execution.getVariable(ResidentParkingPermitProcess.VAR_LICENSE_PLATE))));
  }
}
