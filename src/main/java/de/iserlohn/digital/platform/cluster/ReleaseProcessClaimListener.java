package de.iserlohn.digital.platform.cluster;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End listener of the processes started through {@link ProcessClaims}: the ended instance gives its
 * claim back in the transaction that ends it ({@code
 * delegateExpression="${releaseProcessClaimListener}"} on the process).
 */
@Component
public class ReleaseProcessClaimListener implements ExecutionListener {

  private final ProcessClaims claims;

  ReleaseProcessClaimListener(ProcessClaims claims) {
    this.claims = claims;
  }

  @Override
  public void notify(DelegateExecution execution) {
    claims.release(execution.getProcessInstanceId());
  }
}
