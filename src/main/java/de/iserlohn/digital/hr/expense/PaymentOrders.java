package de.iserlohn.digital.hr.expense;

import de.iserlohn.digital.platform.web.CsvFormat;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The payment orders of travel expense claims for the Stadtkasse in the city's CSV dialect ({@link
 * CsvFormat}), one line per claim.
 */
public final class PaymentOrders {

  public static final String HEADER =
      "aktenzeichen;personalnummer;name;dienstreise;betrag_eur;verwendungszweck;angeordnet_am\n";

  private PaymentOrders() {}

  public static String line(
      String caseNumber,
      String employeeId,
      String name,
      String travelCaseNumber,
      BigDecimal amount,
      LocalDate orderedOn) {
    return CsvFormat.line(
        cell(caseNumber),
        cell(employeeId),
        cell(name),
        cell(travelCaseNumber),
        CsvFormat.amount(amount),
        cell("Reisekosten " + travelCaseNumber),
        orderedOn.toString());
  }

  /** Quotes a cell and neutralises formula prefixes (CSV injection): {@link CsvFormat#cell}. */
  static String cell(String value) {
    return CsvFormat.cell(value);
  }
}
