package de.iserlohn.digital.invoice;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pre-fills the capture of a scanned paper invoice from the text recognised on the scan: only what
 * can be found reliably (an IBAN with correct check digits, the invoice number, date, gross amount
 * and amount due after their German labels, a Leitweg-ID after its label). The clerk checks and
 * completes everything; anything not found stays empty.
 */
final class ScanTextParser {

  private static final String AMOUNT = "(\\d{1,3}(?:\\.\\d{3})+|\\d+),(\\d{2})(?!\\d)";
  private static final Pattern IBAN =
      Pattern.compile("\\b([A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\\b");
  private static final Pattern INVOICE_NUMBER =
      Pattern.compile(
          "(?:Rechnungsnummer|Rechnungs-Nr\\.?|Rechnungsnr\\.?|Rechnung Nr\\.?|Beleg-Nr\\.?)"
              + "[ \\t]*[:.]?[ \\t]*([A-Za-z0-9][A-Za-z0-9/_.-]{0,39})",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern INVOICE_DATE =
      Pattern.compile(
          "(?:Rechnungsdatum|Datum)[ \\t]*[:.]?[ \\t]*(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern GROSS =
      Pattern.compile(
          "(?:Gesamtbetrag|Rechnungsbetrag|Bruttobetrag|Gesamt brutto|Summe brutto|Endbetrag"
              + "|Gesamtsumme)[^\\d\\n]{0,40}"
              + AMOUNT,
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DUE =
      Pattern.compile(
          "(?:Zahlbetrag|zu zahlen|Zahlungsbetrag|offener Betrag)[^\\d\\n]{0,40}" + AMOUNT,
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LEITWEG =
      Pattern.compile(
          "Leitweg(?:-ID|-Id|id)?[ \\t]*[:.]?[ \\t]*(\\d{2,12}(?:-[0-9A-Za-z]{1,30})?-\\d{2})\\b");
  private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

  private ScanTextParser() {}

  /** What the recognised text yields; null where nothing reliable was found. */
  record Prefill(
      String iban,
      String invoiceNumber,
      LocalDate invoiceDate,
      BigDecimal grossAmount,
      BigDecimal amountDue,
      String leitwegId) {}

  static Prefill parse(String text) {
    if (text == null || text.isBlank()) {
      return new Prefill(null, null, null, null, null, null);
    }
    BigDecimal gross = amount(GROSS, text);
    BigDecimal due = amount(DUE, text);
    return new Prefill(
        iban(text).orElse(null),
        first(INVOICE_NUMBER, text).map(n -> n.replaceAll("[.]+$", "")).orElse(null),
        date(text),
        gross,
        due != null ? due : gross,
        first(LEITWEG, text).filter(LeitwegId::hasValidCheckDigits).orElse(null));
  }

  /** The first IBAN in the text whose ISO 13616 check digits are right. */
  static Optional<String> iban(String text) {
    Matcher m = IBAN.matcher(text.toUpperCase(Locale.ROOT));
    while (m.find()) {
      String candidate = m.group(1).replace(" ", "");
      if (candidate.length() >= 15 && candidate.length() <= 34 && ibanCheckDigitsValid(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  static boolean ibanCheckDigitsValid(String iban) {
    String rearranged = iban.substring(4) + iban.substring(0, 4);
    StringBuilder digits = new StringBuilder();
    for (char c : rearranged.toCharArray()) {
      if (Character.isDigit(c)) {
        digits.append(c);
      } else if (c >= 'A' && c <= 'Z') {
        digits.append(c - 'A' + 10);
      } else {
        return false;
      }
    }
    return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
  }

  private static Optional<String> first(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static BigDecimal amount(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      return null;
    }
    return new BigDecimal(m.group(1).replace(".", "") + "." + m.group(2));
  }

  private static LocalDate date(String text) {
    Matcher m = INVOICE_DATE.matcher(text);
    while (m.find()) {
      try {
        return LocalDate.of(
            Integer.parseInt(m.group(3)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(1)));
      } catch (DateTimeException e) {
        // not a date (e.g. 31.02.): look further
      }
    }
    return null;
  }
}
