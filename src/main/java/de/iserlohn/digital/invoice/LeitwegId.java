package de.iserlohn.digital.invoice;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The Leitweg-ID (BT-10, Buyer reference) of German public buyers: {@code
 * Grobadressierung-Feinadressierung-Prüfziffer}, check digits after ISO 7064 MOD 97-10 over the
 * whole ID without hyphens (letters A-Z count as 10-35), as KoSIT specifies it.
 */
record LeitwegId(String value) {

  private static final Pattern FORMAT =
      Pattern.compile("^(\\d{2,12})(-[0-9A-Za-z]{1,30})?-(\\d{2})$");
  private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

  /** Whether the value has the structure of a Leitweg-ID. */
  static boolean hasValidFormat(String value) {
    return value != null && FORMAT.matcher(value.strip()).matches();
  }

  /** Whether the check digits of a well-formed Leitweg-ID are right. */
  static boolean hasValidCheckDigits(String value) {
    if (!hasValidFormat(value)) {
      return false;
    }
    String compact = value.strip().replace("-", "").toUpperCase(Locale.ROOT);
    StringBuilder digits = new StringBuilder();
    for (char c : compact.toCharArray()) {
      if (Character.isDigit(c)) {
        digits.append(c);
      } else {
        digits.append(c - 'A' + 10);
      }
    }
    return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
  }

  /**
   * The ID without its check digits (Grob- and Feinadressierung), to look up the receiving unit.
   */
  static String address(String value) {
    String stripped = value.strip();
    return stripped.substring(0, stripped.lastIndexOf('-'));
  }
}
