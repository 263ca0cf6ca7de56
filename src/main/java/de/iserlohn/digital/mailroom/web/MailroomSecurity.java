package de.iserlohn.digital.mailroom.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The Poststelle's page under {@code /poststelle/}: HTTP Basic against the application's
 * authentication provider (the engine identity), stateless, read-only. The platform's chains stay
 * as they are; the REST API uses the platform's {@code /api/**} chain.
 */
@Configuration(proxyBeanMethods = false)
class MailroomSecurity {

  @Bean
  @Order(0)
  SecurityFilterChain mailroomPageChain(HttpSecurity http) throws Exception {
    return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/poststelle/**"))
        .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
        .httpBasic(basic -> basic.realmName("Poststelle Iserlohn"))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(Customizer.withDefaults())
        .build();
  }
}
