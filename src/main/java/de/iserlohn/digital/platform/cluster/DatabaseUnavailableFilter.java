package de.iserlohn.digital.platform.cluster;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 with {@code Retry-After} instead of 500 while the database cannot be reached: at once
 * while {@link DatabaseAvailability} says it is down, and for a request that fails because of it.
 * APIs get an RFC 9457 problem, pages a German notice. The health endpoints answer themselves
 * (DOWN, 503), so that a load balancer sees the node's state.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

  static final String RETRY_AFTER_SECONDS = "10";

  /** The RFC 9457 problem document of a 503. */
  static final String PROBLEM =
      "{\"type\":\"about:blank\",\"title\":\"Vorübergehend nicht verfügbar\","
          + "\"status\":503,\"detail\":\"Der Dienst ist vorübergehend nicht erreichbar."
          + " Bitte versuchen Sie es in wenigen Sekunden erneut.\"}";

  private final DatabaseAvailability availability;

  DatabaseUnavailableFilter(DatabaseAvailability availability) {
    this.availability = availability;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (availability.down()) {
      unavailable(request, response);
      return;
    }
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException e) {
      if (!DatabaseUnavailable.causedBy(e) || response.isCommitted()) {
        throw e;
      }
      availability.markDown(e);
      response.reset();
      unavailable(request, response);
    }
  }

  static void unavailable(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (wantsProblem(request)) {
      response.setContentType("application/problem+json");
      response.getWriter().write(PROBLEM);
    } else {
      response.setContentType("text/html");
      response
          .getWriter()
          .write(
              """
              <!DOCTYPE html>
              <html lang="de"><head><meta charset="utf-8">
              <title>Vorübergehend nicht verfügbar – Stadt Iserlohn</title></head>
              <body><main><h1>Vorübergehend nicht verfügbar</h1>
              <p>Der Dienst ist gerade nicht erreichbar. Ihre bisherigen Eingaben sind nicht
              verloren gegangen, wenn Sie eine Bestätigung erhalten haben.</p>
              <p>Bitte versuchen Sie es in wenigen Sekunden erneut.</p></main></body></html>
              """);
    }
  }

  private static boolean wantsProblem(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String accept = request.getHeader("Accept");
    return path.startsWith("/api/")
        || path.startsWith("/engine-rest/")
        || (accept != null && accept.contains("json") && !accept.contains("text/html"));
  }
}
