package de.iserlohn.digital.ozg.dogtax;

import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.identity.CurrentUser;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Hundesteuer festsetzen": the tax starts on the first of the month after the dog was taken in;
 * the amount of the current year is pro rata of the yearly rate from the DMN (see {@link
 * DogTaxPeriod}). Writes the texts the assessment notice shows.
 */
@Component
class AssessTaxDelegate implements JavaDelegate {

  private final CaseFileManagement caseFile;
  private final Clock clock;

  AssessTaxDelegate(CaseFileManagement caseFile, Clock clock) {
    this.caseFile = caseFile;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate since =
        LocalDate.parse((String) execution.getVariable(DogTaxProcess.VAR_EFFECTIVE_DATE));
    BigDecimal rate =
        new BigDecimal(execution.getVariable(DogTaxProcess.VAR_YEARLY_RATE).toString());
    LocalDate taxFrom = DogTaxPeriod.taxFrom(since);
    int year = LocalDate.now(clock).getYear();
    BigDecimal thisYear = DogTaxPeriod.amountIn(year, taxFrom, rate);
    NumberFormat euro = NumberFormat.getCurrencyInstance(Locale.GERMANY);
    execution.setVariable(DogTaxProcess.VAR_TAX_FROM, taxFrom.toString());
    execution.setVariable(DogTaxProcess.VAR_TAX_YEAR, String.valueOf(year));
    execution.setVariable(DogTaxProcess.VAR_YEARLY_TAX, euro.format(rate));
    execution.setVariable(DogTaxProcess.VAR_TAX_THIS_YEAR, euro.format(thisYear));
    caseFile.recordChange(
        execution.getProcessBusinessKey(),
        CurrentUser.SYSTEM,
        "Hundesteuer festgesetzt ab %s: %s jährlich, %s für %d"
            .formatted(taxFrom, euro.format(rate), euro.format(thisYear), year));
  }
}
