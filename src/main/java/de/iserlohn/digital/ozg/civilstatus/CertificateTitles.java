package de.iserlohn.digital.ozg.civilstatus;

import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The German title of a certificate by record and kind, e.g. "Beglaubigter Ausdruck aus dem
 * Geburtenregister". Used from the model: {@code ${civilStatusCertificates.title(certificateType,
 * documentKind)}}.
 */
@Component("civilStatusCertificates")
public class CertificateTitles {

  static final String CERTIFICATE = "urkunde";
  static final String REGISTER_EXTRACT = "registerausdruck";

  private static final Map<String, String> CERTIFICATES =
      Map.of("geburt", "Geburtsurkunde", "ehe", "Eheurkunde", "sterbe", "Sterbeurkunde");
  private static final Map<String, String> REGISTERS =
      Map.of("geburt", "Geburtenregister", "ehe", "Eheregister", "sterbe", "Sterberegister");

  /**
   * @param certificateType {@code geburt}, {@code ehe} or {@code sterbe}
   * @param documentKind {@code urkunde} or {@code registerausdruck}
   */
  public String title(String certificateType, String documentKind) {
    if (!CERTIFICATES.containsKey(certificateType)) {
      throw new IllegalArgumentException("Unknown certificate type " + certificateType);
    }
    return REGISTER_EXTRACT.equals(documentKind)
        ? "Beglaubigter Ausdruck aus dem " + REGISTERS.get(certificateType)
        : CERTIFICATES.get(certificateType);
  }
}
