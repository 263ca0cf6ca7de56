package de.iserlohn.digital.hr.selfservice;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Login for the employee self-service pages under {@code /mitarbeiter/}: a German form login
 * against the application's authentication provider (engine identity or Keycloak), a session and
 * CSRF protection. The platform's chains stay as they are.
 */
@Configuration(proxyBeanMethods = false)
class SelfServiceSecurity {

  static final String LOGIN = "/mitarbeiter/anmelden";

  @Bean
  @Order(0)
  SecurityFilterChain employeeSelfService(HttpSecurity http) throws Exception {
    var paths = PathPatternRequestMatcher.withDefaults();
    return http.securityMatcher(paths.matcher("/mitarbeiter/**"))
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(paths.matcher(LOGIN)).permitAll().anyRequest().authenticated())
        .formLogin(
            form ->
                form.loginPage(LOGIN)
                    .loginProcessingUrl(LOGIN)
                    .defaultSuccessUrl("/mitarbeiter/", true)
                    .failureUrl(LOGIN + "?fehler"))
        .logout(
            logout ->
                logout
                    .logoutRequestMatcher(
                        paths.matcher(
                            org.springframework.http.HttpMethod.POST, "/mitarbeiter/abmelden"))
                    .logoutSuccessUrl(LOGIN + "?abgemeldet"))
        .build();
  }
}
