package de.iserlohn.digital.platform.security;

import de.iserlohn.digital.platform.identity.CurrentUsers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks user name and password against the engine's own identity (the default profile's user
 * directory) and grants one {@code GROUP_<id>} authority per engine group of the user.
 *
 * <p>API clients send HTTP Basic credentials with every request; a successful check is remembered
 * for {@link #REMEMBER} (ADR 0009), so that a client's calls do not each pay the password hash and
 * two directory queries. The memory holds a salted SHA-256 of the password, never the password; a
 * wrong password is always checked against the directory (and counts towards its lockout).
 */
@Component
@Profile("!" + KeycloakSecurityConfiguration.PROFILE)
class EngineIdentityAuthenticationProvider implements AuthenticationProvider {

  static final Duration REMEMBER = Duration.ofSeconds(30);
  static final int MAX_REMEMBERED = 1_000;

  private final IdentityService identityService;
  private final Clock clock;
  private final byte[] salt = new byte[16];
  private final Map<String, Checked> remembered = new ConcurrentHashMap<>();

  private record Checked(List<SimpleGrantedAuthority> authorities, Instant until) {}

  EngineIdentityAuthenticationProvider(IdentityService identityService, Clock clock) {
    this.identityService = identityService;
    this.clock = clock;
    new SecureRandom().nextBytes(salt);
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || credentials == null) {
      throw new BadCredentialsException("Bad credentials");
    }
    String key = userId + ':' + fingerprint(credentials.toString());
    Instant now = clock.instant();
    Checked checked = remembered.get(key);
    if (checked == null || !now.isBefore(checked.until())) {
      checked = check(userId, credentials.toString(), now);
      if (remembered.size() >= MAX_REMEMBERED) {
        remembered.clear();
      }
      remembered.put(key, checked);
    }
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, checked.authorities());
  }

  private Checked check(String userId, String password, Instant now) {
    if (!identityService.checkPassword(userId, password)) {
      throw new BadCredentialsException("Bad credentials");
    }
    List<SimpleGrantedAuthority> authorities =
        identityService.createGroupQuery().groupMember(userId).list().stream()
            .map(g -> new SimpleGrantedAuthority(CurrentUsers.GROUP_AUTHORITY_PREFIX + g.getId()))
            .toList();
    return new Checked(authorities, now.plus(REMEMBER));
  }

  private String fingerprint(String password) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(salt);
      return java.util.HexFormat.of()
          .formatHex(digest.digest(password.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
