package de.iserlohn.digital.platform.security;

import static de.iserlohn.digital.platform.security.SecurityConfiguration.path;
import static de.iserlohn.digital.platform.security.SecurityConfiguration.paths;

import de.iserlohn.digital.platform.identity.CurrentUsers;
import de.iserlohn.digital.platform.identity.OrgUnits;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Single sign-on with Keycloak (profile {@code keycloak}): the Camunda webapps log in with the
 * authorization code flow and PKCE and log out at Keycloak too (single logout); the REST APIs are
 * stateless JWT resource servers that accept only tokens of the realm with the API audience; the
 * engine reads users and groups from Keycloak (see {@link KeycloakIdentityPlugin}).
 */
@Configuration(proxyBeanMethods = false)
@Profile(KeycloakSecurityConfiguration.PROFILE)
class KeycloakSecurityConfiguration {

  static final String PROFILE = "keycloak";
  static final String REGISTRATION = "keycloak";
  static final String[] INVOICE_SENDERS = {
    "ROLE_supplier-api",
    CurrentUsers.GROUP_AUTHORITY_PREFIX + OrgUnits.BUCHHALTUNG,
    CurrentUsers.GROUP_AUTHORITY_PREFIX + OrgUnits.ADMIN
  };

  @Bean
  @Order(1)
  SecurityFilterChain webappsWithSingleSignOn(
      HttpSecurity http, ClientRegistrationRepository registrations) throws Exception {
    DefaultOAuth2AuthorizationRequestResolver pkce =
        new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
    pkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
    OidcClientInitiatedLogoutSuccessHandler singleLogout =
        new OidcClientInitiatedLogoutSuccessHandler(registrations);
    singleLogout.setPostLogoutRedirectUri("{baseUrl}/");
    return http.securityMatcher(paths("/camunda/**", "/oauth2/**", "/login/**", "/logout"))
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/logout"))
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .oauth2Login(
            login ->
                login
                    // straight to Keycloak: no generated login or logout pages
                    .loginPage("/oauth2/authorization/" + REGISTRATION)
                    .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(pkce))
                    .userInfoEndpoint(
                        info -> info.userAuthoritiesMapper(KeycloakAuthorities::fromOidcUser)))
        .logout(
            logout ->
                logout
                    .logoutRequestMatcher(
                        PathPatternRequestMatcher.withDefaults()
                            .matcher(HttpMethod.POST, "/logout"))
                    .logoutSuccessHandler(singleLogout))
        // the webapps bring their own CSRF protection
        .csrf(csrf -> csrf.ignoringRequestMatchers(path("/camunda/**")))
        .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain restApisWithTokens(HttpSecurity http, IdentityService identityService)
      throws Exception {
    return http.securityMatcher(paths("/api/**", "/engine-rest/**"))
        .authorizeHttpRequests(
            auth ->
                auth
                    // e-invoices come from suppliers' systems (or the accounts department)
                    .requestMatchers(
                        PathPatternRequestMatcher.withDefaults()
                            .matcher(HttpMethod.POST, "/api/invoices"))
                    .hasAnyAuthority(INVOICE_SENDERS)
                    .anyRequest()
                    .authenticated())
        .oauth2ResourceServer(
            server ->
                server.jwt(jwt -> jwt.jwtAuthenticationConverter(KeycloakAuthorities::fromJwt)))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(AbstractHttpConfigurer::disable)
        .addFilterAfter(
            new EngineRestAuthenticationFilter(identityService),
            BearerTokenAuthenticationFilter.class)
        .build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
    return http.authorizeHttpRequests(SecurityConfiguration::healthOpenMetricsForMonitoring)
        .oauth2ResourceServer(
            server ->
                server.jwt(jwt -> jwt.jwtAuthenticationConverter(KeycloakAuthorities::fromJwt)))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .build();
  }

  /**
   * Accepts only tokens of the realm (issuer and its keys), for the API audience, within their
   * lifetime (with a small clock skew).
   */
  @Bean
  JwtDecoder jwtDecoder(
      @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer,
      @Value("${iserlohn.keycloak.audience}") String audience,
      @Value("${iserlohn.keycloak.clock-skew:PT30S}") Duration clockSkew) {
    NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
    decoder.setJwtValidator(
        new DelegatingOAuth2TokenValidator<>(
            new JwtTimestampValidator(clockSkew),
            new JwtIssuerValidator(issuer),
            new JwtClaimValidator<List<String>>(
                JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience))));
    return decoder;
  }

  /**
   * Logs the Keycloak user into the Camunda webapps (after the Spring Security filter chain), with
   * the groups the engine reads from Keycloak.
   */
  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappSingleSignOn() {
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setInitParameters(
        Map.of(
            "authentication-provider", SpringSecurityWebappAuthenticationProvider.class.getName()));
    registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    return registration;
  }
}
