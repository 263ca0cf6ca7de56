package de.iserlohn.digital.ozg.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Citizens reach the online services without an account: the catalogue, submissions and their own
 * application (with case number and access code, checked by the service) are open, stateless and
 * without CSRF (no cookies are used). The portal pages under {@code /portal/**} use a session and
 * CSRF tokens for their forms. The process managers' KPI endpoint stays on the platform's {@code
 * /api/**} chain.
 */
@Configuration(proxyBeanMethods = false)
class OzgSecurityConfiguration {

  @Bean
  @Order(0)
  SecurityFilterChain ozgCitizenApi(HttpSecurity http) throws Exception {
    var paths = PathPatternRequestMatcher.withDefaults();
    return http.securityMatcher(
            new OrRequestMatcher(
                paths.matcher("/api/ozg/services/**"),
                paths.matcher("/api/ozg/services"),
                paths.matcher("/api/ozg/applications/**")))
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .build();
  }

  @Bean
  @Order(0)
  SecurityFilterChain ozgPortal(HttpSecurity http) throws Exception {
    var paths = PathPatternRequestMatcher.withDefaults();
    return http.securityMatcher(paths.matcher("/portal/**"))
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .build();
  }
}
