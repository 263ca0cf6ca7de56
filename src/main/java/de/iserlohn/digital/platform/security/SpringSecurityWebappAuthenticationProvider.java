package de.iserlohn.digital.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Tells the Camunda webapps who logged in through Spring Security (Keycloak single sign-on). The
 * groups come from the engine's identity service, i.e. from Keycloak through the identity plugin.
 * Instantiated by the webapps' container-based authentication filter by class name.
 */
public class SpringSecurityWebappAuthenticationProvider implements AuthenticationProvider {

  @Override
  public AuthenticationResult extractAuthenticatedUser(
      HttpServletRequest request, ProcessEngine engine) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null
        || !authentication.isAuthenticated()
        || authentication instanceof AnonymousAuthenticationToken) {
      return AuthenticationResult.unsuccessful();
    }
    String userId = authentication.getName();
    AuthenticationResult result = AuthenticationResult.successful(userId);
    List<String> groups =
        engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
            .map(Group::getId)
            .toList();
    result.setGroups(groups);
    return result;
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(
      HttpServletResponse response, ProcessEngine engine) {
    // the Spring Security chain redirects to Keycloak; nothing to add
  }
}
