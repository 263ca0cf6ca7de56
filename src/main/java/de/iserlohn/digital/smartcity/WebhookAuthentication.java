package de.iserlohn.digital.smartcity;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Authenticates the network servers' webhooks: {@code Authorization: Bearer <token>} or an {@code
 * X-Signature-SHA256} header with the hex HMAC-SHA256 of the body under the configured secret. Both
 * comparisons take constant time.
 */
@Component
class WebhookAuthentication {

  static final String DEMO_TOKEN = "demo-lorawan-token";
  static final String SIGNATURE_HEADER = "X-Signature-SHA256";

  private final byte[] token;
  private final byte[] hmacSecret;

  WebhookAuthentication(SmartcityProperties properties, Environment environment) {
    String configured = properties.webhookToken();
    if (configured == null || configured.isBlank()) {
      configured = environment.acceptsProfiles(Profiles.of("prod")) ? null : DEMO_TOKEN;
    }
    this.token = configured == null ? null : configured.getBytes(StandardCharsets.UTF_8);
    String secret = properties.webhookHmacSecret();
    this.hmacSecret =
        secret == null || secret.isBlank() ? null : secret.getBytes(StandardCharsets.UTF_8);
  }

  boolean authenticated(String authorization, String signature, String body) {
    if (token != null && authorization != null && authorization.startsWith("Bearer ")) {
      byte[] given = authorization.substring(7).trim().getBytes(StandardCharsets.UTF_8);
      if (MessageDigest.isEqual(given, token)) {
        return true;
      }
    }
    if (hmacSecret != null && signature != null) {
      String hex = signature.startsWith("sha256=") ? signature.substring(7) : signature;
      byte[] expected = hmac(hmacSecret, body);
      try {
        return MessageDigest.isEqual(HexFormat.of().parseHex(hex.trim().toLowerCase()), expected);
      } catch (IllegalArgumentException e) {
        return false;
      }
    }
    return false;
  }

  static byte[] hmac(byte[] secret, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac.doFinal((body == null ? "" : body).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }
}
