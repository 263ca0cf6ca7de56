package de.iserlohn.digital.platform.security;

import de.iserlohn.digital.platform.identity.CurrentUsers;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Maps Keycloak tokens to the application's authorities: {@code GROUP_<group>} per entry of the
 * {@code groups} claim (the org units), {@code ROLE_<role>} per realm role; the principal is the
 * user name ({@code preferred_username}).
 */
final class KeycloakAuthorities {

  static final String USER_NAME_CLAIM = "preferred_username";

  private KeycloakAuthorities() {}

  static AbstractAuthenticationToken fromJwt(Jwt jwt) {
    String name = jwt.getClaimAsString(USER_NAME_CLAIM);
    return new JwtAuthenticationToken(
        jwt, authorities(jwt.getClaims()), name != null ? name : jwt.getSubject());
  }

  static Collection<GrantedAuthority> fromOidcUser(Collection<? extends GrantedAuthority> given) {
    Set<GrantedAuthority> mapped = new HashSet<>(given);
    for (GrantedAuthority authority : given) {
      if (authority instanceof OidcUserAuthority oidc) {
        mapped.addAll(authorities(oidc.getIdToken().getClaims()));
        if (oidc.getUserInfo() != null) {
          mapped.addAll(authorities(oidc.getUserInfo().getClaims()));
        }
      }
    }
    return mapped;
  }

  static List<GrantedAuthority> authorities(Map<String, Object> claims) {
    List<GrantedAuthority> authorities = new ArrayList<>();
    if (claims.get("groups") instanceof Collection<?> groups) {
      for (Object group : groups) {
        String id = String.valueOf(group);
        id = id.startsWith("/") ? id.substring(1) : id;
        authorities.add(new SimpleGrantedAuthority(CurrentUsers.GROUP_AUTHORITY_PREFIX + id));
      }
    }
    if (claims.get("realm_access") instanceof Map<?, ?> realmAccess
        && realmAccess.get("roles") instanceof Collection<?> roles) {
      for (Object role : roles) {
        authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
      }
    }
    return authorities;
  }
}
