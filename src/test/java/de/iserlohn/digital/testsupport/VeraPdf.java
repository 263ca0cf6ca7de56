package de.iserlohn.digital.testsupport;

import java.io.ByteArrayInputStream;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF, the PDF/A validator of the PDF Association, with its greenfield parser: checks a PDF
 * against the part and level it claims in its XMP metadata.
 */
public final class VeraPdf {

  /** PDF/A-2b or later. */
  public static final Set<PDFAFlavour> ACCEPTED =
      EnumSet.of(
          PDFAFlavour.PDFA_2_A,
          PDFAFlavour.PDFA_2_B,
          PDFAFlavour.PDFA_2_U,
          PDFAFlavour.PDFA_3_A,
          PDFAFlavour.PDFA_3_B,
          PDFAFlavour.PDFA_3_U,
          PDFAFlavour.PDFA_4,
          PDFAFlavour.PDFA_4_E,
          PDFAFlavour.PDFA_4_F);

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private VeraPdf() {}

  /** The outcome: the claimed flavour, whether it conforms, and the failed rules. */
  public record Report(PDFAFlavour flavour, boolean compliant, String failures) {

    /** Claims PDF/A-2b or later and conforms to it. */
    public boolean isPdfA2bOrLater() {
      return ACCEPTED.contains(flavour) && compliant;
    }
  }

  public static Report validate(byte[] pdf) {
    try (PDFAParser parser =
        Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf))) {
      PDFAFlavour flavour = parser.getFlavour();
      if (!ACCEPTED.contains(flavour)) {
        return new Report(flavour, false, "claims " + flavour);
      }
      try (PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
        ValidationResult result = validator.validate(parser);
        String failures =
            result.getTestAssertions().stream()
                .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                .map(
                    a ->
                        a.getRuleId().getClause()
                            + " "
                            + a.getMessage()
                            + " at "
                            + a.getLocation().getContext())
                .distinct()
                .collect(Collectors.joining("; "));
        return new Report(flavour, result.isCompliant(), failures);
      }
    } catch (Exception e) {
      return new Report(PDFAFlavour.NO_FLAVOUR, false, "not readable: " + e);
    }
  }
}
