package de.iserlohn.digital.ozg.parking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Gültigkeit festlegen": one year from today; the renewal reminder four weeks before the end. */
@Component
class SetPermitValidityDelegate implements JavaDelegate {

  private final Clock clock;

  SetPermitValidityDelegate(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PermitValidity validity = PermitValidity.issuedOn(LocalDate.now(clock));
    execution.setVariable(
        ResidentParkingPermitProcess.VAR_VALID_FROM, validity.validFrom().toString());
    execution.setVariable(
        ResidentParkingPermitProcess.VAR_VALID_UNTIL, validity.validUntil().toString());
    execution.setVariable(
        ResidentParkingPermitProcess.VAR_RENEWAL_REMINDER_DATE,
        Date.from(
            validity.reminderDay().atTime(LocalTime.of(8, 0)).atZone(clock.getZone()).toInstant()));
  }
}
