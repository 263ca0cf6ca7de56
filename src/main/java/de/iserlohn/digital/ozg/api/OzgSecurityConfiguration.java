package de.iserlohn.digital.ozg.api;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Citizens reach the online services without an account: the catalogue, submissions and their own
 * application (with case number and access code, checked by the service) are open, stateless and
 * without CSRF (no cookies are used). The portal pages under {@code /portal/**} have their own
 * chain (ozg.portal.PortalSecurityConfiguration). The process managers' KPI endpoint stays on the
 * platform's {@code /api/**} chain. In the {@code keycloak} profile the citizen API also takes
 * Keycloak bearer tokens: a signed-in citizen owns what they submit and sees their own
 * applications.
 */
@Configuration(proxyBeanMethods = false)
class OzgSecurityConfiguration {

  static final String PREFERRED_USERNAME = "preferred_username";

  @Bean
  @Order(0)
  SecurityFilterChain ozgCitizenApi(HttpSecurity http, ObjectProvider<JwtDecoder> keycloakTokens)
      throws Exception {
    var paths = PathPatternRequestMatcher.withDefaults();
    http.securityMatcher(
            new OrRequestMatcher(
                paths.matcher("/api/ozg/services/**"),
                paths.matcher("/api/ozg/services"),
                paths.matcher("/api/ozg/applications"),
                paths.matcher("/api/ozg/applications/**")))
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    JwtDecoder decoder = keycloakTokens.getIfAvailable();
    if (decoder != null) {
      // keycloak profile: a citizen's bearer token makes them the owner of what they submit and
      // opens their own applications without access code; without a token the anonymous path
      http.oauth2ResourceServer(
          server ->
              server.jwt(
                  jwt ->
                      jwt.decoder(decoder)
                          .jwtAuthenticationConverter(
                              token ->
                                  new JwtAuthenticationToken(
                                      token,
                                      List.of(),
                                      token.getClaimAsString(PREFERRED_USERNAME)))));
    }
    return http.build();
  }
}
