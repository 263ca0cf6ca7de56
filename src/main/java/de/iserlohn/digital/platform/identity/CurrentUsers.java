package de.iserlohn.digital.platform.identity;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the {@link CurrentUser} from the Spring Security context of the running request. */
public final class CurrentUsers {

  /** Prefix of the authorities that carry group membership. */
  public static final String GROUP_AUTHORITY_PREFIX = "GROUP_";

  private CurrentUsers() {}

  /**
   * The authenticated caller of this request.
   *
   * @throws IllegalStateException when nobody is authenticated (a security configuration error)
   */
  public static CurrentUser current() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated()) {
      throw new IllegalStateException("No authenticated user in this request");
    }
    return from(authentication);
  }

  public static CurrentUser from(Authentication authentication) {
    Set<String> groups =
        authentication.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .filter(a -> a.startsWith(GROUP_AUTHORITY_PREFIX))
            .map(a -> a.substring(GROUP_AUTHORITY_PREFIX.length()))
            .collect(Collectors.toSet());
    return new CurrentUser(authentication.getName(), groups);
  }
}
