package de.iserlohn.digital.ozg.process;

import de.iserlohn.digital.ozg.OzgProcess;
import de.iserlohn.digital.ozg.payment.Payments;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Zahlung verfallen lassen": the deadline passed unpaid; a late callback changes nothing. */
@Component
class ExpirePaymentDelegate implements JavaDelegate {

  private final Payments payments;

  ExpirePaymentDelegate(Payments payments) {
    this.payments = payments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    payments.expire((String) execution.getVariable(OzgProcess.VAR_PAYMENT_REFERENCE));
    execution.setVariable(OzgProcess.VAR_PAID, false);
  }
}
