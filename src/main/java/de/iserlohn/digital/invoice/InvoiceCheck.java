package de.iserlohn.digital.invoice;

import com.helger.diver.api.coord.DVRCoordinate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and checks one upload: format detection, the official rules, and the city's own rules on
 * the Leitweg-ID (rule ids {@code IS-LW-01..03}, warnings: they send the invoice to manual routing,
 * they never make it INVALID).
 */
final class InvoiceCheck {

  static final String RULE_LEITWEG_FORMAT = "IS-LW-01";
  static final String RULE_LEITWEG_CHECK_DIGITS = "IS-LW-02";
  static final String RULE_LEITWEG_UNKNOWN = "IS-LW-03";
  static final String RULE_PAPER = "IS-SCAN-01";

  private final InvoiceReader reader;
  private final RuleSets ruleSets;
  private final Map<String, String> leitwegIds;

  /**
   * @param leitwegIds the city's Leitweg-IDs without check digits (Grob- and Feinadressierung) to
   *     the org unit that receives the invoice
   */
  InvoiceCheck(InvoiceReader reader, RuleSets ruleSets, Map<String, String> leitwegIds) {
    this.reader = reader;
    this.ruleSets = ruleSets;
    this.leitwegIds = Map.copyOf(leitwegIds);
  }

  /** The outcome of reading and checking an invoice. */
  record Result(
      InvoiceFormat format,
      byte[] xml,
      InvoiceData data,
      String ruleSet,
      List<Finding> findings,
      Optional<String> receivingUnit) {

    boolean valid() {
      return findings.stream().noneMatch(Finding::isError);
    }

    boolean needsManualRouting() {
      return receivingUnit.isEmpty();
    }
  }

  /**
   * @throws RejectedInputException for anything that is not a readable e-invoice
   */
  Result check(byte[] content) {
    InvoiceReader.ReadInvoice read = reader.read(content);
    InvoiceData data = InvoiceData.of(read.format(), read.dom());
    DVRCoordinate ruleSet = ruleSets.select(read.format(), data.customizationId());
    List<Finding> findings =
        new ArrayList<>(ruleSets.validate(ruleSet, read.dom(), read.xml(), data.customizationId()));
    Optional<String> unit = leitweg(data.buyerReference(), findings);
    return new Result(
        read.format(), read.xml(), data, ruleSet.getAsSingleID(), List.copyOf(findings), unit);
  }

  /** The invoice XML of an accepted upload (the embedded XML of a PDF). */
  byte[] invoiceXml(byte[] content) {
    return reader.read(content).xml();
  }

  /** Adds the Leitweg-ID findings; the receiving unit when the ID is one of the city's. */
  Optional<String> leitweg(String buyerReference, List<Finding> findings) {
    String location = "BT-10 (Buyer reference)";
    if (buyerReference == null) {
      return Optional.empty();
    }
    if (!LeitwegId.hasValidFormat(buyerReference)) {
      findings.add(
          Finding.warning(
              RULE_LEITWEG_FORMAT,
              location,
              "Die Käuferreferenz '%s' ist keine Leitweg-ID.".formatted(buyerReference)));
      return Optional.empty();
    }
    if (!LeitwegId.hasValidCheckDigits(buyerReference)) {
      findings.add(
          Finding.warning(
              RULE_LEITWEG_CHECK_DIGITS,
              location,
              "Die Prüfziffer der Leitweg-ID '%s' ist falsch (MOD 97-10)."
                  .formatted(buyerReference)));
      return Optional.empty();
    }
    String unit = leitwegIds.get(LeitwegId.address(buyerReference));
    if (unit == null) {
      findings.add(
          Finding.warning(
              RULE_LEITWEG_UNKNOWN,
              location,
              "Die Leitweg-ID '%s' ist keine Leitweg-ID der Stadt Iserlohn."
                  .formatted(buyerReference)));
      return Optional.empty();
    }
    return Optional.of(unit);
  }
}
