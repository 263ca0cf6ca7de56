package de.iserlohn.digital.hr.expense;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The CSV format of payment orders for the Stadtkasse: semicolon separated, UTF-8, decimal point,
 * one line per claim.
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
    return String.join(
            ";",
            cell(caseNumber),
            cell(employeeId),
            cell(name),
            cell(travelCaseNumber),
            amount.setScale(2).toPlainString(),
            cell("Reisekosten " + travelCaseNumber),
            orderedOn.toString())
        + "\n";
  }

  /** Quotes a cell and neutralises formula prefixes (CSV injection). */
  static String cell(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    return "\"" + v.replace("\"", "\"\"") + "\"";
  }
}
