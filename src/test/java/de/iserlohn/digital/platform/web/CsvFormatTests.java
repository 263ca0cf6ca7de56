package de.iserlohn.digital.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CsvFormatTests {

  @Test
  void textCellsAreQuotedAndFormulasNeutralised() {
    assertThat(CsvFormat.cell("Müller \"Garten\" GmbH"))
        .isEqualTo("\"Müller \"\"Garten\"\" GmbH\"");
    assertThat(CsvFormat.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(CsvFormat.cell("@SUM(A1)")).startsWith("\"'@");
    assertThat(CsvFormat.cell(null)).isEqualTo("\"\"");
  }

  @Test
  void amountsHaveTwoDecimalsAndADecimalPoint() {
    assertThat(CsvFormat.amount(new BigDecimal("1190"))).isEqualTo("1190.00");
    assertThat(CsvFormat.amount(new BigDecimal("23.805"))).isEqualTo("23.81");
    assertThat(CsvFormat.amount(null)).isEmpty();
    assertThat(CsvFormat.line("\"a\"", "1.00")).isEqualTo("\"a\";1.00\n");
  }
}
