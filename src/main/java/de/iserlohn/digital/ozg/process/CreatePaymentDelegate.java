package de.iserlohn.digital.ozg.process;

import de.iserlohn.digital.ozg.OzgProcess;
import de.iserlohn.digital.ozg.application.ApplicationLifecycle;
import de.iserlohn.digital.ozg.payment.Payment;
import java.math.BigDecimal;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Zahlung anlegen": opens the payment of the fee with its deadline and asks the citizen to pay
 * ({@link ApplicationLifecycle#requestPayment}).
 */
@Component
class CreatePaymentDelegate implements JavaDelegate {

  private final ApplicationLifecycle lifecycle;

  CreatePaymentDelegate(ApplicationLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Payment payment =
        lifecycle.requestPayment(
            execution.getProcessBusinessKey(),
            new BigDecimal(execution.getVariable(OzgProcess.VAR_FEE).toString()),
            execution.getVariable(OzgProcess.VAR_FEE_REASON));
    execution.setVariable(OzgProcess.VAR_PAYMENT_REFERENCE, payment.reference());
    execution.setVariable(OzgProcess.VAR_PAYMENT_DUE_DATE, Date.from(payment.dueAt()));
    execution.setVariable(OzgProcess.VAR_PAID, false);
  }
}
