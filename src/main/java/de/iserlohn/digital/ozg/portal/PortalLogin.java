package de.iserlohn.digital.ozg.portal;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * The citizens' Keycloak login of the portal (profile {@code keycloak}; ADR 0059). The portal logs
 * in with its own public client ({@code iserlohn-portal}, authorization code + PKCE) at the realm
 * the platform's single sign-on uses: its registration is the platform's provider with the portal's
 * client id and a redirect under {@code /portal/}. Without the {@code keycloak} profile there is no
 * login and the portal is anonymous only.
 */
@Component
class PortalLogin {

  /** The registration id of the portal login (also the last path segment of its redirect). */
  static final String REGISTRATION = "portal";

  /** The platform's Keycloak registration (application-keycloak.yml) whose provider we share. */
  static final String PLATFORM_REGISTRATION = "keycloak";

  static final String AUTHORIZATION_BASE = "/portal/oauth2/authorization";
  static final String REDIRECT_PATH = "/portal/login/oauth2/code/*";

  private final ClientRegistrationRepository registrations;

  PortalLogin(
      ObjectProvider<ClientRegistrationRepository> platformRegistrations,
      @Value("${iserlohn.ozg.portal-client-id:iserlohn-portal}") String clientId) {
    ClientRegistrationRepository platform = platformRegistrations.getIfAvailable();
    ClientRegistration keycloak =
        platform == null ? null : platform.findByRegistrationId(PLATFORM_REGISTRATION);
    this.registrations =
        keycloak == null
            ? null
            : new InMemoryClientRegistrationRepository(
                ClientRegistration.withClientRegistration(keycloak)
                    .registrationId(REGISTRATION)
                    .clientId(clientId)
                    .clientSecret(null)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                    .redirectUri("{baseUrl}/portal/login/oauth2/code/{registrationId}")
                    .scope("openid", "profile", "email")
                    .build());
  }

  /** Whether citizens can log in (profile {@code keycloak}). */
  boolean available() {
    return registrations != null;
  }

  /** The portal's own client registration; only when {@link #available()}. */
  ClientRegistrationRepository registrations() {
    return registrations;
  }

  /** The path that starts the login at Keycloak. */
  static String start() {
    return AUTHORIZATION_BASE + "/" + REGISTRATION;
  }

  /** The citizen signed in at the portal in this request, if any. */
  static Optional<Citizen> signedIn() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth instanceof OAuth2AuthenticationToken token
        && REGISTRATION.equals(token.getAuthorizedClientRegistrationId())) {
      String name =
          token.getPrincipal() instanceof OidcUser user && user.getFullName() != null
              ? user.getFullName()
              : token.getName();
      return Optional.of(new Citizen(token.getName(), name));
    }
    return Optional.empty();
  }

  /**
   * A citizen signed in with Keycloak.
   *
   * @param userId the Keycloak user name, the owner of their applications (as in the API)
   * @param name the name shown in the page header
   */
  record Citizen(String userId, String name) {}
}
