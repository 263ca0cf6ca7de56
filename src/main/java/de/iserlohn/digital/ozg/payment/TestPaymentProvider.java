package de.iserlohn.digital.ozg.payment;

import de.iserlohn.digital.ozg.OzgProperties;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The built-in test provider: its payment page is part of the portal ({@code
 * /portal/testzahlung/<reference>}, "bezahlen" or "abbrechen"); the result comes back to {@code
 * /portal/zahlung/rueckmeldung} signed with HMAC-SHA256 over reference, status and amount.
 */
@Component
@ConditionalOnProperty(
    name = "iserlohn.ozg.payment.provider",
    havingValue = "test",
    matchIfMissing = true)
public class TestPaymentProvider implements PaymentProvider {

  public static final String PAGE = "/portal/testzahlung/";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] secret;

  TestPaymentProvider(OzgProperties properties) {
    this.secret = properties.payment().secret().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public PaymentSession create(PaymentOrder order) {
    byte[] bytes = new byte[9];
    RANDOM.nextBytes(bytes);
    String reference = "TP-" + HexFormat.of().formatHex(bytes).toUpperCase();
    return new PaymentSession(reference, PAGE + reference);
  }

  @Override
  public boolean verify(String reference, String status, long amountCents, String signature) {
    if (signature == null) {
      return false;
    }
    return MessageDigest.isEqual(
        sign(reference, status, amountCents).getBytes(StandardCharsets.US_ASCII),
        signature.getBytes(StandardCharsets.US_ASCII));
  }

  /** The signature of a result, as the provider computes it. */
  public String sign(String reference, String status, long amountCents) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return HexFormat.of()
          .formatHex(
              mac.doFinal(
                  (reference + "|" + status + "|" + amountCents).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }
}
