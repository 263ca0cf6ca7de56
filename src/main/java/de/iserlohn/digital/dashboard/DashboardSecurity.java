package de.iserlohn.digital.dashboard;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The dashboard under {@code /dashboard/} and its chart library (ECharts WebJar): HTTP Basic
 * against the application's authentication provider (the engine identity), stateless, read-only;
 * the page checks the groups.
 */
@Configuration(proxyBeanMethods = false)
class DashboardSecurity {

  @Bean
  @Order(0)
  SecurityFilterChain dashboardChain(HttpSecurity http) throws Exception {
    return http.securityMatcher(
            new OrRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher("/dashboard/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/webjars/echarts/**")))
        .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
        .httpBasic(basic -> basic.realmName("Dashboard Iserlohn"))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(Customizer.withDefaults())
        .build();
  }
}
