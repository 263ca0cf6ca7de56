package de.iserlohn.digital.platform.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The city's CSV dialect for exports to other systems (payment orders for the Stadtkasse and the
 * like): UTF-8, semicolon separated, every text cell quoted, amounts with a decimal point and two
 * decimals, dates ISO-8601, one record per line ({@code \n}). Cells that a spreadsheet would run as
 * a formula are neutralised (CSV injection).
 */
public final class CsvFormat {

  public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";

  private CsvFormat() {}

  /** One line of the given cells (already formatted with {@link #cell} / {@link #amount}). */
  public static String line(String... cells) {
    return String.join(";", cells) + "\n";
  }

  /** A header line of unquoted column names. */
  public static String header(String... columns) {
    return Arrays.stream(columns).collect(Collectors.joining(";")) + "\n";
  }

  /** Quotes a text cell and neutralises formula prefixes (CSV injection). */
  public static String cell(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    return "\"" + v.replace("\"", "\"\"") + "\"";
  }

  /** An amount with two decimals and a decimal point; empty for none. */
  public static String amount(BigDecimal value) {
    return value == null ? "" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /** A date or other value by its ISO text; empty for none. */
  public static String plain(Object value) {
    return value == null ? "" : value.toString();
  }
}
