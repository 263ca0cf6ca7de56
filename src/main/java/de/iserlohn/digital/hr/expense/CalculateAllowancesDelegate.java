package de.iserlohn.digital.hr.expense;

import static de.iserlohn.digital.hr.expense.ExpenseClaimProcess.*;

import de.iserlohn.digital.hr.requests.HrRequests;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Erstattung berechnen": evaluates the LRKG NRW decision tables for the trip and records the
 * amounts on the claim.
 */
@Component
class CalculateAllowancesDelegate implements JavaDelegate {

  private final DecisionService decisionService;
  private final HrRequests requests;

  CalculateAllowancesDelegate(DecisionService decisionService, HrRequests requests) {
    this.decisionService = decisionService;
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TripAllowances allowances =
        new TripAllowances(
            (key, vars) -> decisionService.evaluateDecisionTableByKey(key, vars).getSingleResult());
    TripAllowances.Result result =
        allowances.compute(
            LocalDateTime.parse((String) execution.getVariable(VAR_DEPARTURE)),
            LocalDateTime.parse((String) execution.getVariable(VAR_RETURN)),
            (Integer) execution.getVariable(VAR_BREAKFASTS),
            (Integer) execution.getVariable(VAR_LUNCHES),
            (Integer) execution.getVariable(VAR_DINNERS),
            (String) execution.getVariable(VAR_VEHICLE),
            (Integer) execution.getVariable(VAR_KILOMETRES),
            Boolean.TRUE.equals(execution.getVariable(VAR_GOOD_REASON)),
            new BigDecimal((String) execution.getVariable(VAR_RECEIPTS_TOTAL)));
    execution.setVariable(VAR_PER_DIEM_TOTAL, result.perDiem().toPlainString());
    execution.setVariable(VAR_MEAL_REDUCTION_TOTAL, result.mealReduction().toPlainString());
    execution.setVariable(VAR_MILEAGE_TOTAL, result.mileage().toPlainString());
    execution.setVariable(VAR_TOTAL_AMOUNT, result.total().toPlainString());
    requests.setAmount(execution.getProcessBusinessKey(), result.total());
  }
}
