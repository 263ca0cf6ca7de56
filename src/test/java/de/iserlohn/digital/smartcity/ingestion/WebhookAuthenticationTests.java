package de.iserlohn.digital.smartcity.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class WebhookAuthenticationTests {

  /** The default profile: no single sign-on, so no realm tokens. */
  private static final org.springframework.beans.factory.ObjectProvider<
          org.springframework.security.oauth2.jwt.JwtDecoder>
      NO_REALM_TOKENS =
          new org.springframework.beans.factory.support.StaticListableBeanFactory()
              .getBeanProvider(org.springframework.security.oauth2.jwt.JwtDecoder.class);

  @Test
  void demoTokenOnlyOutsideProd() {
    var dev =
        new WebhookAuthentication(
            new SmartcityProperties("", "", "", 80, null, null, null, null, null),
            new MockEnvironment(),
            NO_REALM_TOKENS);
    MockEnvironment prodEnv = new MockEnvironment();
    prodEnv.setActiveProfiles("prod");
    var prod =
        new WebhookAuthentication(
            new SmartcityProperties("", "", "", 80, null, null, null, null, null),
            prodEnv,
            NO_REALM_TOKENS);

    assertThat(dev.authenticated("Bearer demo-lorawan-token", null, "{}")).isTrue();
    assertThat(prod.authenticated("Bearer demo-lorawan-token", null, "{}")).isFalse();
  }

  @Test
  void hmacSignatureOverTheBody() {
    var auth =
        new WebhookAuthentication(
            new SmartcityProperties("t0k3n", "s3cret", "", 80, null, null, null, null, null),
            new MockEnvironment(),
            NO_REALM_TOKENS);
    String body = "{\"deduplicationId\":\"x\"}";
    String signature =
        HexFormat.of()
            .formatHex(WebhookAuthentication.hmac("s3cret".getBytes(StandardCharsets.UTF_8), body));

    assertThat(auth.authenticated(null, signature, body)).isTrue();
    assertThat(auth.authenticated(null, "sha256=" + signature, body)).isTrue();
    assertThat(auth.authenticated(null, signature, body + " ")).isFalse();
    assertThat(auth.authenticated(null, "zz", body)).isFalse();
    assertThat(auth.authenticated("Bearer t0k3n", null, body)).isTrue();
    assertThat(auth.authenticated("Bearer demo-lorawan-token", null, body)).isFalse();
  }
}
