package de.iserlohn.digital.mailroom.extraction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The features of a scan's text that the classification table ({@code
 * dmn/mailroom/mailroom-classification.dmn}) decides on: a case number, a Kassenzeichen, the
 * invoice cues (IBAN, amount, invoice number), the sender and the first matching keyword group.
 * Pattern matching only; which Vorgang a case number names is checked by the caller.
 *
 * @param caseNumber the first case number ({@code <PREFIX>-<year>-<6 digits>}), or {@code null}
 * @param kassenzeichen the Kassenzeichen after its label (digits and dots), or {@code null}
 * @param iban whether an IBAN occurs
 * @param amount whether a euro amount occurs
 * @param invoiceNumber whether an invoice number occurs (label "Rechnungsnummer", "Rechnungs-Nr.")
 * @param sender the sender as written after "Absender", else the first line; may be empty
 * @param keyword the first keyword group found ({@link #NO_KEYWORD} if none)
 */
public record ScanFeatures(
    String caseNumber,
    String kassenzeichen,
    boolean iban,
    boolean amount,
    boolean invoiceNumber,
    String sender,
    String keyword) {

  public static final String NO_KEYWORD = "KEINES";

  private static final Pattern CASE_NUMBER =
      Pattern.compile("\\b([A-Z]{2,6})\\s?-\\s?(\\d{4})\\s?-\\s?(\\d{6})\\b");
  private static final Pattern KASSENZEICHEN =
      Pattern.compile(
          "Kassenzeichen\\s*:?\\s*([0-9][0-9. /-]{3,30}[0-9])", Pattern.CASE_INSENSITIVE);
  private static final Pattern IBAN =
      Pattern.compile("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\\b");
  private static final Pattern AMOUNT =
      Pattern.compile(
          "(?:\\b\\d{1,3}(?:\\.\\d{3})*,\\d{2}\\s?(?:€|EUR\\b))|(?:(?:€|EUR)\\s?\\d{1,3}(?:\\.\\d{3})*,\\d{2}\\b)");
  private static final Pattern INVOICE_NUMBER =
      Pattern.compile(
          "Rechnungs\\s?-?\\s?(?:nummer|nr\\.?)\\s*:?\\s*[A-Z0-9][A-Z0-9/-]{2,}",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SENDER =
      Pattern.compile("Absender(?:in)?\\s*:?\\s*(.+)", Pattern.CASE_INSENSITIVE);

  /** Keyword groups in the order they are tried; the first group with a hit wins. */
  static final Map<String, Pattern> KEYWORDS = new LinkedHashMap<>();

  static {
    keywords("ZUSTELLUNG", "Zustellungsurkunde", "förmliche Zustellung", "Postzustellungsauftrag");
    keywords("VOLLMACHT", "Vollmacht", "bevollmächtige");
    keywords("NOTARIELL", "Notar", "notariell", "Kaufvertrag", "Grundbuch");
    keywords("PERSONAL", "Bewerbung", "Lebenslauf");
    keywords(
        "URKUNDE", "Geburtsurkunde", "Sterbeurkunde", "Eheurkunde", "Heiratsurkunde", "Urkunde");
    keywords("STEUER", "Grundsteuer", "Gewerbesteuer", "Hundesteuer", "Steuerbescheid");
    keywords("ORDNUNG", "Bußgeld", "Ordnungswidrigkeit", "Verwarnung", "Sondernutzung");
    keywords("UMWELT", "Baumfällung", "Grünfläche", "Baum", "Umwelt");
  }

  private static void keywords(String group, String... words) {
    KEYWORDS.put(
        group,
        Pattern.compile(
            "(?iu)\\b(?:"
                + String.join("|", List.of(words).stream().map(Pattern::quote).toList())
                + ")",
            Pattern.UNICODE_CASE));
  }

  /** Reads the features from a text (empty text: no features). */
  public static ScanFeatures of(String text) {
    String t = text == null ? "" : text;
    Matcher caseNumber = CASE_NUMBER.matcher(t);
    Matcher kassenzeichen = KASSENZEICHEN.matcher(t);
    return new ScanFeatures(
        caseNumber.find()
            ? caseNumber.group(1) + "-" + caseNumber.group(2) + "-" + caseNumber.group(3)
            : null,
        kassenzeichen.find() ? kassenzeichen.group(1).replaceAll("[ /-]", "") : null,
        IBAN.matcher(t).find(),
        AMOUNT.matcher(t).find(),
        INVOICE_NUMBER.matcher(t).find(),
        sender(t),
        keyword(t));
  }

  /** How many of the three invoice cues (IBAN, amount, invoice number) occur. */
  public int invoiceCues() {
    return (iban ? 1 : 0) + (amount ? 1 : 0) + (invoiceNumber ? 1 : 0);
  }

  private static String sender(String text) {
    Matcher labelled = SENDER.matcher(text);
    String line;
    if (labelled.find()) {
      line = labelled.group(1);
    } else {
      line = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    }
    line = line.strip();
    return line.length() > 120 ? line.substring(0, 120) : line;
  }

  private static String keyword(String text) {
    for (Map.Entry<String, Pattern> group : KEYWORDS.entrySet()) {
      if (group.getValue().matcher(text).find()) {
        return group.getKey();
      }
    }
    return NO_KEYWORD;
  }
}
