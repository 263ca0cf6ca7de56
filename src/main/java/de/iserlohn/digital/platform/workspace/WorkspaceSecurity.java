package de.iserlohn.digital.platform.workspace;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Login for the workspace under {@code /akte/}: a session with CSRF protection. Default profile: a
 * German form login against the engine identity, which also logs the user into Tasklist (the
 * webapps' session), so that "In Tasklist öffnen" needs no second login. Profile {@code keycloak}:
 * the Keycloak login of the webapps (same session as Tasklist, single logout at {@code /logout}).
 */
@Configuration(proxyBeanMethods = false)
class WorkspaceSecurity {

  static final String LOGIN = "/akte/anmelden";
  static final String LOGOUT = "/akte/abmelden";

  @Bean
  @Order(0)
  @Profile("!keycloak")
  SecurityFilterChain workspaceWithFormLogin(HttpSecurity http, ProcessEngine engine)
      throws Exception {
    var paths = PathPatternRequestMatcher.withDefaults();
    SavedRequestAwareAuthenticationSuccessHandler toPage =
        new SavedRequestAwareAuthenticationSuccessHandler() {
          @Override
          public void onAuthenticationSuccess(
              HttpServletRequest request,
              HttpServletResponse response,
              Authentication authentication)
              throws jakarta.servlet.ServletException, java.io.IOException {
            // the Camunda webapps keep their login in the same HTTP session (Spring Security has
            // changed the session id already; the webapps' revalidateSession would drop its login)
            jakarta.servlet.http.HttpSession session = request.getSession();
            org.camunda.bpm.webapp.impl.security.auth.Authentications logins =
                AuthenticationUtil.getAuthsFromSession(session);
            logins.addOrReplace(
                AuthenticationUtil.createAuthentication(engine, authentication.getName()));
            AuthenticationUtil.updateSession(session, logins);
            super.onAuthenticationSuccess(request, response, authentication);
          }
        };
    toPage.setDefaultTargetUrl("/akte/");
    return http.securityMatcher(paths.matcher("/akte/**"))
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(paths.matcher(LOGIN), paths.matcher("/akte/akte.css"))
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .formLogin(
            form ->
                form.loginPage(LOGIN)
                    .loginProcessingUrl(LOGIN)
                    .successHandler(toPage)
                    .failureUrl(LOGIN + "?fehler"))
        .logout(
            logout ->
                logout
                    .logoutRequestMatcher(paths.matcher(HttpMethod.POST, LOGOUT))
                    .logoutSuccessUrl(LOGIN + "?abgemeldet"))
        .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
        .build();
  }

  @Bean
  @Order(0)
  @Profile("keycloak")
  SecurityFilterChain workspaceWithSingleSignOn(HttpSecurity http) throws Exception {
    var paths = PathPatternRequestMatcher.withDefaults();
    return http.securityMatcher(paths.matcher("/akte/**"))
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(paths.matcher("/akte/akte.css"))
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        // the webapps' chain answers /oauth2/** and /login/oauth2/code/**, then returns here
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                    new LoginUrlAuthenticationEntryPoint("/oauth2/authorization/keycloak")))
        .logout(
            logout ->
                logout
                    .logoutRequestMatcher(paths.matcher(HttpMethod.POST, LOGOUT))
                    .logoutSuccessUrl("/logout"))
        .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
        .build();
  }
}
