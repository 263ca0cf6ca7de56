package de.iserlohn.digital.smartcity.ingestion;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;

/**
 * Authenticates the network servers' webhooks: {@code Authorization: Bearer <token>} or an {@code
 * X-Signature-SHA256} header with the hex HMAC-SHA256 of the body under the configured secret. Both
 * comparisons take constant time. With single sign-on (a {@link JwtDecoder} exists, profile {@code
 * keycloak}) a bearer token of the realm with the role {@code sensor-gateway} is accepted too.
 */
@Component
class WebhookAuthentication {

  static final String DEMO_TOKEN = "demo-lorawan-token";
  static final String SIGNATURE_HEADER = "X-Signature-SHA256";

  static final String GATEWAY_ROLE = "sensor-gateway";

  private final byte[] token;
  private final byte[] hmacSecret;
  private final JwtDecoder realmTokens;

  WebhookAuthentication(
      SmartcityProperties properties,
      Environment environment,
      ObjectProvider<JwtDecoder> realmTokens) {
    this.realmTokens = realmTokens.getIfAvailable();
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
    if (realmTokens != null && authorization != null && authorization.startsWith("Bearer ")) {
      if (isGatewayToken(authorization.substring(7).trim())) {
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

  private boolean isGatewayToken(String value) {
    try {
      Jwt jwt = realmTokens.decode(value);
      return jwt.getClaim("realm_access") instanceof Map<?, ?> access
          && access.get("roles") instanceof Collection<?> roles
          && roles.contains(GATEWAY_ROLE);
    } catch (JwtException notAValidRealmToken) {
      return false;
    }
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
