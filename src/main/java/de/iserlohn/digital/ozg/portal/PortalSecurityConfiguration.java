package de.iserlohn.digital.ozg.portal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The portal pages under {@code /portal/**}: open to everybody, with a session and CSRF tokens for
 * every form. In the {@code keycloak} profile citizens may also log in ("Anmelden", {@link
 * PortalLogin}) and out ("Abmelden": here and at Keycloak). The portal keeps its login in a session
 * attribute of its own, so a clerk's Tasklist or self-service login never makes them a citizen of
 * the portal and a citizen's portal login opens nothing else (ADR 0059).
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurityConfiguration {

  static final String LOGOUT = "/portal/abmelden";
  static final String AFTER_LOGIN = "/portal/antraege";
  static final String LOGIN_FAILED = "/portal/antraege?anmeldung=fehlgeschlagen";
  static final String SECURITY_CONTEXT = "ozg.portal.security-context";

  @Bean
  @Order(0)
  SecurityFilterChain ozgPortal(HttpSecurity http, PortalLogin login) throws Exception {
    var paths = PathPatternRequestMatcher.withDefaults();
    http.securityMatcher(paths.matcher("/portal/**"))
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
    if (login.available()) {
      HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
      contexts.setSpringSecurityContextKey(SECURITY_CONTEXT);
      DefaultOAuth2AuthorizationRequestResolver pkce =
          new DefaultOAuth2AuthorizationRequestResolver(
              login.registrations(), PortalLogin.AUTHORIZATION_BASE);
      pkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
      OidcClientInitiatedLogoutSuccessHandler singleLogout =
          new OidcClientInitiatedLogoutSuccessHandler(login.registrations());
      singleLogout.setPostLogoutRedirectUri("{baseUrl}/portal/");
      singleLogout.setDefaultTargetUrl("/portal/");
      http.securityContext(context -> context.securityContextRepository(contexts))
          .oauth2Login(
              oauth ->
                  oauth
                      .clientRegistrationRepository(login.registrations())
                      .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                      .loginPage(PortalLogin.start())
                      .authorizationEndpoint(
                          endpoint -> endpoint.authorizationRequestResolver(pkce))
                      .redirectionEndpoint(endpoint -> endpoint.baseUri(PortalLogin.REDIRECT_PATH))
                      .defaultSuccessUrl(AFTER_LOGIN, true)
                      .failureUrl(LOGIN_FAILED))
          .logout(
              logout ->
                  logout
                      .logoutRequestMatcher(paths.matcher(HttpMethod.POST, LOGOUT))
                      .logoutSuccessHandler(singleLogout));
    }
    return http.build();
  }
}
