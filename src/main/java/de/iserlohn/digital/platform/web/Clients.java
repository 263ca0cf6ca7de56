package de.iserlohn.digital.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The client of the current request, as throttles count it: its address (behind the city's reverse
 * proxy the address the proxy reports, see {@code server.tomcat.remoteip} in docs/operations.md).
 */
public final class Clients {

  /** The key of work that no HTTP request triggered. */
  public static final String LOCAL = "local";

  private Clients() {}

  public static String current() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a) {
      return of(a.getRequest());
    }
    return LOCAL;
  }

  public static String of(HttpServletRequest request) {
    String address = request.getRemoteAddr();
    return address == null ? LOCAL : address;
  }
}
