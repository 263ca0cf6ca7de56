package de.iserlohn.digital.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The register fields of an invoice, read from UBL or CII by element paths (local names). Missing
 * or unreadable values are null: the validation report says what is wrong.
 */
record InvoiceData(
    String customizationId,
    String invoiceNumber,
    LocalDate issueDate,
    String sellerName,
    String buyerReference,
    String currency,
    BigDecimal grossAmount,
    BigDecimal amountDue,
    LocalDate dueDate,
    String paymentTerms,
    String iban,
    String costCentre,
    String supplierEmail) {

  private static final DateTimeFormatter CII_DATE = DateTimeFormatter.BASIC_ISO_DATE;

  static InvoiceData of(InvoiceFormat format, Document dom) {
    Element root = dom.getDocumentElement();
    if (format == InvoiceFormat.CII || format == InvoiceFormat.ZUGFERD_PDF) {
      String trade = "SupplyChainTradeTransaction/";
      String settlement = trade + "ApplicableHeaderTradeSettlement/";
      String sum = settlement + "SpecifiedTradeSettlementHeaderMonetarySummation/";
      return new InvoiceData(
          text(root, "ExchangedDocumentContext/GuidelineSpecifiedDocumentContextParameter/ID"),
          text(root, "ExchangedDocument/ID"),
          date(text(root, "ExchangedDocument/IssueDateTime/DateTimeString"), CII_DATE),
          text(root, trade + "ApplicableHeaderTradeAgreement/SellerTradeParty/Name"),
          text(root, trade + "ApplicableHeaderTradeAgreement/BuyerReference"),
          text(root, settlement + "InvoiceCurrencyCode"),
          amount(text(root, sum + "GrandTotalAmount")),
          amount(text(root, sum + "DuePayableAmount")),
          date(
              text(root, settlement + "SpecifiedTradePaymentTerms/DueDateDateTime/DateTimeString"),
              CII_DATE),
          text(root, settlement + "SpecifiedTradePaymentTerms/Description"),
          text(
              root,
              settlement
                  + "SpecifiedTradeSettlementPaymentMeans/PayeePartyCreditorFinancialAccount/IBANID"),
          text(root, settlement + "ReceivableSpecifiedTradeAccountingAccount/ID"),
          text(
              root,
              trade
                  + "ApplicableHeaderTradeAgreement/SellerTradeParty/DefinedTradeContact"
                  + "/EmailURIUniversalCommunication/URIID"));
    }
    return new InvoiceData(
        text(root, "CustomizationID"),
        text(root, "ID"),
        date(text(root, "IssueDate"), DateTimeFormatter.ISO_LOCAL_DATE),
        firstNonNull(
            text(root, "AccountingSupplierParty/Party/PartyLegalEntity/RegistrationName"),
            text(root, "AccountingSupplierParty/Party/PartyName/Name")),
        text(root, "BuyerReference"),
        text(root, "DocumentCurrencyCode"),
        amount(text(root, "LegalMonetaryTotal/TaxInclusiveAmount")),
        amount(text(root, "LegalMonetaryTotal/PayableAmount")),
        date(
            firstNonNull(text(root, "DueDate"), text(root, "PaymentMeans/PaymentDueDate")),
            DateTimeFormatter.ISO_LOCAL_DATE),
        text(root, "PaymentTerms/Note"),
        text(root, "PaymentMeans/PayeeFinancialAccount/ID"),
        text(root, "AccountingCost"),
        text(root, "AccountingSupplierParty/Party/Contact/ElectronicMail"));
  }

  /** The text of the first element along a path of local names below {@code from}. */
  static String text(Element from, String path) {
    Element current = from;
    for (String step : path.split("/")) {
      current = child(current, step);
      if (current == null) {
        return null;
      }
    }
    String value = current.getTextContent();
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static Element child(Element parent, String localName) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && localName.equals(e.getLocalName())) {
        return e;
      }
    }
    return null;
  }

  private static String firstNonNull(String a, String b) {
    return a != null ? a : b;
  }

  private static LocalDate date(String value, DateTimeFormatter format) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value, format);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static BigDecimal amount(String value) {
    if (value == null) {
      return null;
    }
    try {
      return new BigDecimal(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
