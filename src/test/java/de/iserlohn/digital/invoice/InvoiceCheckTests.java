package de.iserlohn.digital.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.iserlohn.digital.invoice.RejectedInputException.Reason;
import de.iserlohn.digital.testsupport.SharedTestData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The official test suite and derived bad variants through the real phive rules, without Spring.
 */
class InvoiceCheckTests {

  static final Path SUITE = SharedTestData.path("einvoice/xrechnung-testsuite");
  static final Path PDFS = SharedTestData.path("einvoice/zugferd-pdf");
  static final Path UBL_STANDARD = SUITE.resolve("business-cases/standard/01.01a-INVOICE_ubl.xml");
  static final Path CII_STANDARD =
      SUITE.resolve("business-cases/standard/01.01a-INVOICE_uncefact.xml");

  static RuleSets ruleSets;
  static InvoiceCheck check;

  @BeforeAll
  static void loadRules() {
    ruleSets = new RuleSets();
    ruleSets.warmUp();
    check =
        new InvoiceCheck(
            new InvoiceReader(2_000_000), ruleSets, Map.of("04011000-12345", "stadtbetrieb"));
  }

  static Stream<Path> testSuite() throws IOException {
    try (Stream<Path> files = Files.walk(SUITE)) {
      return files.filter(p -> p.toString().endsWith(".xml")).sorted().toList().stream();
    }
  }

  @Test
  void theTestSuiteHas86Invoices() throws IOException {
    assertThat(testSuite()).hasSize(86);
  }

  @ParameterizedTest
  @MethodSource("testSuite")
  void everyInvoiceOfTheOfficialTestSuiteIsValid(Path file) throws IOException {
    InvoiceCheck.Result result = check.check(Files.readAllBytes(file));

    assertThat(result.findings()).filteredOn(Finding::isError).isEmpty();
    assertThat(result.valid()).isTrue();
    assertThat(result.ruleSet()).contains("xrechnung");
    assertThat(result.data().invoiceNumber()).isNotBlank();
    assertThat(result.data().amountDue()).isNotNull();
  }

  @Test
  void theCvdPairIsValidWithTheDocumentedDeviationAsWarning() throws IOException {
    for (String name : List.of("02.01a-cvd_INVOICE_ubl.xml", "02.01a-cvd_INVOICE_uncefact.xml")) {
      InvoiceCheck.Result result =
          check.check(Files.readAllBytes(SUITE.resolve("technical-cases/cvd").resolve(name)));

      assertThat(result.valid()).isTrue();
      assertThat(result.findings())
          .filteredOn(f -> f.message().startsWith("CVD-Profil"))
          .isNotEmpty()
          .allMatch(f -> f.ruleId().equals("BR-CL-13"));
    }
  }

  @Test
  void wrongLeitwegCheckDigitsInTheSuiteAreWarningsThatNeedManualRouting() throws IOException {
    List<InvoiceCheck.Result> wrong =
        testSuite()
            .map(this::checkFile)
            .filter(r -> hasRule(r, InvoiceCheck.RULE_LEITWEG_CHECK_DIGITS))
            .toList();

    assertThat(wrong.stream().map(r -> r.data().buyerReference()).distinct())
        .containsExactlyInAnyOrder("04011000-12345-34", "99000000-01944-98", "99000000-05676-98");
    assertThat(wrong).allMatch(InvoiceCheck.Result::valid);
    assertThat(wrong).allMatch(InvoiceCheck.Result::needsManualRouting);
  }

  @Test
  void aKnownLeitwegIdSelectsTheReceivingUnit() throws IOException {
    String xml = replaceBuyerReference(Files.readString(UBL_STANDARD), "04011000-12345-03");
    InvoiceCheck.Result result = check.check(bytes(xml));

    assertThat(result.receivingUnit()).contains("stadtbetrieb");
    assertThat(result.findings()).noneMatch(f -> f.ruleId().startsWith("IS-LW"));
  }

  @Test
  void missingBuyerReferenceBreaksBrDe15() throws IOException {
    String xml =
        Files.readString(UBL_STANDARD)
            .replaceAll("<cbc:BuyerReference>[^<]*</cbc:BuyerReference>", "");
    InvoiceCheck.Result result = check.check(bytes(xml));

    assertThat(result.valid()).isFalse();
    assertThat(errorRules(result)).contains("BR-DE-15");
  }

  @Test
  void wrongTotalsBreakTheEn16931CalculationRules() throws IOException {
    String xml =
        Files.readString(UBL_STANDARD)
            .replaceFirst(
                "<cbc:PayableAmount currencyID=\"EUR\">[^<]*</cbc:PayableAmount>",
                "<cbc:PayableAmount currencyID=\"EUR\">999999.99</cbc:PayableAmount>");
    InvoiceCheck.Result result = check.check(bytes(xml));

    assertThat(result.valid()).isFalse();
    assertThat(errorRules(result)).contains("BR-CO-16");
  }

  @Test
  void wrongLeitwegCheckDigitsAreAWarningNotInvalid() throws IOException {
    String xml = replaceBuyerReference(Files.readString(CII_STANDARD), "04011000-12345-04");
    InvoiceCheck.Result result = check.check(bytes(xml));

    assertThat(result.valid()).isTrue();
    assertThat(result.needsManualRouting()).isTrue();
    assertThat(result.findings())
        .anyMatch(
            f ->
                f.ruleId().equals(InvoiceCheck.RULE_LEITWEG_CHECK_DIGITS)
                    && f.severity() == Finding.Severity.WARNING);
  }

  @Test
  void anUnknownElementIsASchemaError() throws IOException {
    String xml =
        Files.readString(UBL_STANDARD)
            .replaceFirst("<cbc:IssueDate>", "<cbc:Unbekannt>x</cbc:Unbekannt><cbc:IssueDate>");
    InvoiceCheck.Result result = check.check(bytes(xml));

    assertThat(result.valid()).isFalse();
    assertThat(result.findings())
        .filteredOn(Finding::isError)
        .anyMatch(f -> f.message().contains("Unbekannt"));
  }

  @Test
  void zugferdPdfsAreReadAndTheirEmbeddedXmlIsChecked() throws IOException {
    for (String name :
        List.of(
            "EN16931_Einfach.pdf",
            "EN16931_1_Teilrechnung.pdf",
            "MustangBeispiel20221026.pdf",
            "EXTENDED_Fremdwaehrung_wdis_fx-pdfa4.pdf")) {
      InvoiceCheck.Result result = check.check(Files.readAllBytes(PDFS.resolve(name)));

      assertThat(result.format()).as(name).isEqualTo(InvoiceFormat.ZUGFERD_PDF);
      assertThat(result.data().invoiceNumber()).as(name).isNotBlank();
      assertThat(result.data().sellerName()).as(name).isNotBlank();
    }
  }

  @Test
  void aZugferd1PdfIsReadAndRefusedAsOutdated() {
    assertRejected(PDFS.resolve("zugferd_invoice.pdf"), Reason.UNSUPPORTED_VERSION);
  }

  @Test
  void aPlainPdfIsNotAnEInvoice() {
    assertRejected(
        PDFS.resolve("MustangGnuaccountingBeispielRE-20170509_505blanko.pdf"),
        Reason.PDF_WITHOUT_INVOICE);
  }

  @Test
  void anEncryptedPdfIsRejected() throws IOException {
    byte[] encrypted;
    try (PDDocument pdf = Loader.loadPDF(PDFS.resolve("EN16931_Einfach.pdf").toFile())) {
      pdf.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      encrypted = out.toByteArray();
    }
    assertThatThrownBy(() -> check.check(encrypted))
        .isInstanceOfSatisfying(
            RejectedInputException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED_PDF));
  }

  @Test
  void anExternalEntityIsRejectedWithoutResolvingIt() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            + "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\">&xxe;</Invoice>";
    assertRejected(bytes(xxe), Reason.HOSTILE_XML);
  }

  @Test
  void entityExpansionIsRejected() {
    String laughs =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
            + "<lolz>&lol2;</lolz>";
    assertRejected(bytes(laughs), Reason.HOSTILE_XML);
  }

  @Test
  void nonXmlTruncatedXmlNonInvoiceXmlAndOversizedFilesAreRejected() throws IOException {
    byte[] invoice = Files.readAllBytes(UBL_STANDARD);
    assertRejected(bytes("Sehr geehrte Damen und Herren"), Reason.NOT_XML);
    assertRejected(java.util.Arrays.copyOf(invoice, invoice.length / 2), Reason.MALFORMED_XML);
    assertRejected(
        bytes("<?xml version=\"1.0\"?><Bestellung><Nr>1</Nr></Bestellung>"), Reason.NOT_AN_INVOICE);
    assertRejected(new byte[0], Reason.EMPTY);
    assertThatThrownBy(() -> new InvoiceReader(100).read(invoice))
        .isInstanceOfSatisfying(
            RejectedInputException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
  }

  private InvoiceCheck.Result checkFile(Path file) {
    try {
      return check.check(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static boolean hasRule(InvoiceCheck.Result result, String ruleId) {
    return result.findings().stream().anyMatch(f -> f.ruleId().equals(ruleId));
  }

  private static List<String> errorRules(InvoiceCheck.Result result) {
    return result.findings().stream().filter(Finding::isError).map(Finding::ruleId).toList();
  }

  private static String replaceBuyerReference(String xml, String value) {
    return xml.replaceFirst("BuyerReference>[^<]*</", "BuyerReference>" + value + "</");
  }

  private static void assertRejected(Path file, Reason reason) {
    assertThatThrownBy(() -> check.check(Files.readAllBytes(file)))
        .isInstanceOfSatisfying(
            RejectedInputException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  private static void assertRejected(byte[] content, Reason reason) {
    assertThatThrownBy(() -> check.check(content))
        .isInstanceOfSatisfying(
            RejectedInputException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
