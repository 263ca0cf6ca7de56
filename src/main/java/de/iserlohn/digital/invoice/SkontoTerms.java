package de.iserlohn.digital.invoice;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Skonto (cash discount) from the payment terms (BT-20) in the XRechnung notation {@code
 * #SKONTO#TAGE=14#PROZENT=2.00#}. Only the first Skonto line counts (the earliest discount).
 */
record SkontoTerms(int days, BigDecimal percent) {

  private static final Pattern SKONTO =
      Pattern.compile("#SKONTO#TAGE=(\\d{1,3})#PROZENT=(\\d{1,2}(?:\\.\\d{1,2})?)#");

  static Optional<SkontoTerms> parse(String paymentTerms) {
    if (paymentTerms == null) {
      return Optional.empty();
    }
    Matcher m = SKONTO.matcher(paymentTerms);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(new SkontoTerms(Integer.parseInt(m.group(1)), new BigDecimal(m.group(2))));
  }
}
