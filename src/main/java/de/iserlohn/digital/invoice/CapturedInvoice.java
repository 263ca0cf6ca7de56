package de.iserlohn.digital.invoice;

import de.iserlohn.digital.platform.web.CityTime;
import de.iserlohn.digital.platform.web.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a clerk captured from a scanned paper invoice (form {@code invoice-capture}), checked field
 * by field with German messages, and turned into the register fields of an e-invoice.
 */
record CapturedInvoice(
    String supplier,
    String invoiceNumber,
    LocalDate invoiceDate,
    BigDecimal grossAmount,
    BigDecimal amountDue,
    String iban,
    LocalDate dueDate,
    String costCentre,
    String leitwegId,
    Integer skontoDays,
    BigDecimal skontoPercent,
    String supplierEmail,
    List<FieldError> errors) {

  static final String SUPPLIER = "supplier";
  static final String INVOICE_NUMBER = "invoiceNumber";
  static final String INVOICE_DATE = "invoiceDate";
  static final String GROSS_AMOUNT = "grossAmount";
  static final String AMOUNT_DUE = "amountDue";
  static final String IBAN = "iban";
  static final String DUE_DATE = "invoiceDueDate";
  static final String COST_CENTRE = "costCentre";
  static final String LEITWEG_ID = "leitwegId";
  static final String SKONTO_DAYS = "skontoDays";
  static final String SKONTO_PERCENT = "skontoPercent";
  static final String SUPPLIER_EMAIL = "supplierEmail";

  /** Reads the form values (process variables); {@link #errors()} lists what is wrong. */
  static CapturedInvoice of(Map<String, Object> values) {
    List<FieldError> errors = new ArrayList<>();
    String supplier = required(values, SUPPLIER, "Bitte den Lieferanten angeben.", errors);
    String number = required(values, INVOICE_NUMBER, "Bitte die Rechnungsnummer angeben.", errors);
    LocalDate invoiceDate = invoiceDate(values, errors);
    BigDecimal gross = grossAmount(values, errors);
    BigDecimal due = amountDue(values, gross, errors);
    String iban = iban(values, errors);
    LocalDate dueDate = dueDate(values, invoiceDate, errors);
    String leitwegId = leitwegId(values, errors);
    BigDecimal skontoDaysValue = amount(values, SKONTO_DAYS, errors);
    BigDecimal skontoPercent = amount(values, SKONTO_PERCENT, errors);
    Integer skontoDays = skontoDaysValue == null ? null : skontoDaysValue.intValue();
    checkSkonto(skontoDays, skontoPercent, errors);
    String email = supplierEmail(values, errors);
    return new CapturedInvoice(
        supplier,
        number,
        invoiceDate,
        gross,
        due,
        iban,
        dueDate,
        text(values, COST_CENTRE),
        leitwegId,
        skontoDays,
        skontoPercent,
        email,
        List.copyOf(errors));
  }

  private static LocalDate invoiceDate(Map<String, Object> values, List<FieldError> errors) {
    LocalDate invoiceDate = date(values, INVOICE_DATE, errors);
    if (invoiceDate == null && !hasError(errors, INVOICE_DATE)) {
      errors.add(new FieldError(INVOICE_DATE, "Bitte das Rechnungsdatum angeben."));
    }
    return invoiceDate;
  }

  private static BigDecimal grossAmount(Map<String, Object> values, List<FieldError> errors) {
    BigDecimal gross = amount(values, GROSS_AMOUNT, errors);
    if (gross == null && !hasError(errors, GROSS_AMOUNT)) {
      errors.add(new FieldError(GROSS_AMOUNT, "Bitte den Bruttobetrag angeben."));
    } else if (gross != null && gross.signum() <= 0) {
      errors.add(new FieldError(GROSS_AMOUNT, "Der Bruttobetrag muss größer als 0 sein."));
    }
    return gross;
  }

  /** The amount to pay; the gross amount where none is given. */
  private static BigDecimal amountDue(
      Map<String, Object> values, BigDecimal gross, List<FieldError> errors) {
    BigDecimal due = amount(values, AMOUNT_DUE, errors);
    if (due == null) {
      return gross;
    } else if (due.signum() < 0 || (gross != null && due.compareTo(gross) > 0)) {
      errors.add(
          new FieldError(
              AMOUNT_DUE, "Der Zahlbetrag muss zwischen 0 und dem Bruttobetrag liegen."));
    }
    return due;
  }

  /** The IBAN without blanks, in capitals. */
  private static String iban(Map<String, Object> values, List<FieldError> errors) {
    String iban = text(values, IBAN);
    if (iban == null) {
      errors.add(new FieldError(IBAN, "Bitte die IBAN des Lieferanten angeben."));
      return null;
    }
    iban = iban.replace(" ", "").toUpperCase(Locale.ROOT);
    if (!iban.matches("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}")
        || !ScanTextParser.ibanCheckDigitsValid(iban)) {
      errors.add(new FieldError(IBAN, "Die IBAN ist ungültig (Prüfziffer)."));
    }
    return iban;
  }

  private static LocalDate dueDate(
      Map<String, Object> values, LocalDate invoiceDate, List<FieldError> errors) {
    LocalDate dueDate = date(values, DUE_DATE, errors);
    if (dueDate != null && invoiceDate != null && dueDate.isBefore(invoiceDate)) {
      errors.add(new FieldError(DUE_DATE, "Die Fälligkeit liegt vor dem Rechnungsdatum."));
    }
    return dueDate;
  }

  private static String leitwegId(Map<String, Object> values, List<FieldError> errors) {
    String leitwegId = text(values, LEITWEG_ID);
    if (leitwegId != null && !LeitwegId.hasValidFormat(leitwegId)) {
      errors.add(new FieldError(LEITWEG_ID, "Das ist keine Leitweg-ID (z. B. 05962024-0001-xx)."));
    }
    return leitwegId;
  }

  private static void checkSkonto(
      Integer skontoDays, BigDecimal skontoPercent, List<FieldError> errors) {
    if ((skontoDays == null) != (skontoPercent == null)) {
      errors.add(
          new FieldError(
              skontoDays == null ? SKONTO_DAYS : SKONTO_PERCENT,
              "Skonto braucht Tage und Prozentsatz."));
    } else if (skontoDays != null
        && (skontoDays < 1
            || skontoDays > 365
            || skontoPercent.signum() <= 0
            || skontoPercent.compareTo(BigDecimal.TEN) > 0)) {
      errors.add(
          new FieldError(SKONTO_PERCENT, "Skonto: 1 bis 365 Tage, mehr als 0 bis 10 Prozent."));
    }
  }

  private static String supplierEmail(Map<String, Object> values, List<FieldError> errors) {
    String email = text(values, SUPPLIER_EMAIL);
    if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      errors.add(new FieldError(SUPPLIER_EMAIL, "Die E-Mail-Adresse ist ungültig."));
    }
    return email;
  }

  /** The register fields; Skonto in the XRechnung notation so that it is read the same way. */
  InvoiceData data() {
    return new InvoiceData(
        null,
        invoiceNumber,
        invoiceDate,
        supplier,
        leitwegId,
        "EUR",
        grossAmount,
        amountDue,
        dueDate,
        skontoDays == null
            ? null
            : "#SKONTO#TAGE=%d#PROZENT=%s#".formatted(skontoDays, skontoPercent.toPlainString()),
        iban,
        costCentre,
        supplierEmail);
  }

  private static boolean hasError(List<FieldError> errors, String field) {
    return errors.stream().anyMatch(e -> e.field().equals(field));
  }

  private static String text(Map<String, Object> values, String key) {
    Object value = values.get(key);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    return value.toString().strip();
  }

  private static String required(
      Map<String, Object> values, String key, String message, List<FieldError> errors) {
    String value = text(values, key);
    if (value == null) {
      errors.add(new FieldError(key, message));
    }
    return value;
  }

  private static LocalDate date(Map<String, Object> values, String key, List<FieldError> errors) {
    Object value = values.get(key);
    if (value instanceof java.util.Date d) {
      return CityTime.day(d.toInstant());
    }
    String text = text(values, key);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(key, "Bitte ein Datum im Format JJJJ-MM-TT angeben."));
      return null;
    }
  }

  private static BigDecimal amount(
      Map<String, Object> values, String key, List<FieldError> errors) {
    Object value = values.get(key);
    if (value instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    String text = text(values, key);
    if (text == null) {
      return null;
    }
    try {
      return new BigDecimal(text.replace(',', '.'));
    } catch (NumberFormatException e) {
      errors.add(new FieldError(key, "Bitte eine Zahl angeben."));
      return null;
    }
  }
}
