package de.iserlohn.digital.platform.security;

import de.iserlohn.digital.platform.identity.CurrentUsers;
import de.iserlohn.digital.platform.identity.OrgUnits;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Filter chains of the default profile. The Camunda webapps keep their own login (engine identity,
 * session, CSRF); the REST APIs are stateless and take HTTP Basic with engine users.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!" + KeycloakSecurityConfiguration.PROFILE)
class SecurityConfiguration {

  private static final String[] MONITORING_GROUPS = {
    CurrentUsers.GROUP_AUTHORITY_PREFIX + OrgUnits.PROCESS_MANAGERS,
    CurrentUsers.GROUP_AUTHORITY_PREFIX + OrgUnits.ADMIN
  };

  /**
   * Matches the path itself, whichever servlet serves it (the engine REST API runs in Jersey, not
   * in the Spring MVC dispatcher).
   */
  static RequestMatcher path(String pattern) {
    return paths(pattern);
  }

  /** Any of the paths, whichever servlet serves them. */
  static RequestMatcher paths(String... patterns) {
    if (patterns.length == 1) {
      return PathPatternRequestMatcher.withDefaults().matcher(patterns[0]);
    }
    return new OrRequestMatcher(
        java.util.Arrays.stream(patterns)
            .map(p -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(p))
            .toList());
  }

  /**
   * Rules of the last chain in every profile: health and info are open, the other actuator
   * endpoints are for process managers and administrators, everything else (start page, API docs,
   * static assets) is open.
   */
  static void healthOpenMetricsForMonitoring(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          auth) {
    auth.requestMatchers(path("/actuator/health/**"), path("/actuator/info"))
        .permitAll()
        .requestMatchers(path("/actuator/**"))
        .hasAnyAuthority(MONITORING_GROUPS)
        .anyRequest()
        .permitAll();
  }

  @Bean
  @Order(1)
  SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
    return http.securityMatcher(path("/camunda/**"))
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        // the webapps bring their own CSRF protection and session handling
        .csrf(AbstractHttpConfigurer::disable)
        .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain restApis(HttpSecurity http, IdentityService identityService)
      throws Exception {
    return http.securityMatcher(paths("/api/**", "/engine-rest/**"))
        .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
        .httpBasic(basic -> basic.realmName("Iserlohn Digital"))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(AbstractHttpConfigurer::disable)
        .addFilterAfter(
            new EngineRestAuthenticationFilter(identityService), BasicAuthenticationFilter.class)
        .build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
    return http.authorizeHttpRequests(SecurityConfiguration::healthOpenMetricsForMonitoring)
        .httpBasic(Customizer.withDefaults())
        // nothing here logs in through a page that returns to the first request: an anonymous
        // 401 (e.g. on /actuator/prometheus) must not open a session to remember it
        .requestCache(cache -> cache.requestCache(new NullRequestCache()))
        .build();
  }
}
