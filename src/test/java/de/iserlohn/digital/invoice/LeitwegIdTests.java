package de.iserlohn.digital.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LeitwegIdTests {

  @Test
  void checkDigitsAfterMod97() {
    assertThat(LeitwegId.hasValidCheckDigits("04011000-12345-03")).isTrue();
    assertThat(LeitwegId.hasValidCheckDigits("991-33333TEST-33")).isTrue();
    assertThat(LeitwegId.hasValidCheckDigits("04011000-12345-04")).isFalse();
    assertThat(LeitwegId.hasValidCheckDigits("04011000-12345-34")).isFalse();
  }

  @Test
  void formatNeedsCoarseAddressAndCheckDigits() {
    assertThat(LeitwegId.hasValidFormat("04011000-03")).isTrue();
    assertThat(LeitwegId.hasValidFormat("Bestellung 4711")).isFalse();
    assertThat(LeitwegId.hasValidFormat("0401-1000-12345-03-")).isFalse();
    assertThat(LeitwegId.address("04011000-12345-03")).isEqualTo("04011000-12345");
  }

  @Test
  void skontoIsParsedFromThePaymentTerms() {
    assertThat(SkontoTerms.parse("#SKONTO#TAGE=14#PROZENT=2.00#\n"))
        .contains(new SkontoTerms(14, new BigDecimal("2.00")));
    assertThat(SkontoTerms.parse("Zahlbar innerhalb 30 Tagen")).isEmpty();
    assertThat(SkontoTerms.parse(null)).isEmpty();
  }
}
