package de.iserlohn.digital.platform.security;

import de.iserlohn.digital.platform.web.AttemptThrottle;
import de.iserlohn.digital.platform.web.Clients;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Password attempts per client (ADR 0013): every way a person sends a password to the application
 * (HTTP Basic on the APIs, the webapps' login, the self-service form login) is counted by the
 * client's address, and a client with too many wrong passwords gets 429 for a while without its
 * password being checked. The engine's own lockout per user id (which let anybody lock any account,
 * the administrator's too, for good) is switched off in {@code EngineHardeningPlugin}. In the
 * {@code keycloak} profile passwords go to Keycloak, whose brute-force detection is set in the
 * realm.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class LoginThrottleFilter extends OncePerRequestFilter {

  static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/user/";
  static final String FORM_LOGIN = "/mitarbeiter/anmelden";

  private final AttemptThrottle throttle;

  LoginThrottleFilter(
      Clock clock,
      @Value("${iserlohn.security.login.max-failures:10}") int maxFailures,
      @Value("${iserlohn.security.login.window:PT15M}") Duration window,
      @Value("${iserlohn.security.login.lock:PT5M}") Duration lock) {
    this.throttle = new AttemptThrottle(clock, maxFailures, window, lock);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return kind(request) == null;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String client = Clients.of(request);
    Optional<Duration> locked = throttle.lockedFor(client);
    if (locked.isPresent()) {
      refuse(response, locked.get());
      return;
    }
    chain.doFilter(request, response);
    if (failed(kind(request), response)) {
      throttle.failed(client);
    }
  }

  private enum Kind {
    BASIC,
    WEBAPP,
    FORM
  }

  private static Kind kind(HttpServletRequest request) {
    String auth = request.getHeader("Authorization");
    if (auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Kind.BASIC;
    }
    if (!"POST".equals(request.getMethod())) {
      return null;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith(WEBAPP_LOGIN) && path.contains("/login/")) {
      return Kind.WEBAPP;
    }
    return path.equals(FORM_LOGIN) ? Kind.FORM : null;
  }

  /** A wrong password: 401 from Basic and the webapps' login, the error page of the form login. */
  private static boolean failed(Kind kind, HttpServletResponse response) {
    if (kind == Kind.FORM) {
      String location = response.getHeader("Location");
      return location != null && location.contains(FORM_LOGIN + "?fehler");
    }
    return response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED;
  }

  private static void refuse(HttpServletResponse response, Duration remaining) throws IOException {
    long seconds = Math.max(1, remaining.toSeconds());
    response.setStatus(429);
    response.setHeader("Retry-After", String.valueOf(seconds));
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            ("{\"type\":\"about:blank\",\"title\":\"Zu viele Fehlversuche\",\"status\":429,"
                    + "\"detail\":\"Zu viele falsche Anmeldeversuche von diesem Gerät. Bitte in"
                    + " %d Minuten erneut versuchen.\"}")
                .formatted(Math.max(1, (seconds + 59) / 60)));
  }
}
