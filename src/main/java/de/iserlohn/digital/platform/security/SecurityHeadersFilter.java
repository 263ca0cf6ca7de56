package de.iserlohn.digital.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Content-Security-Policy and Referrer-Policy for every page of the application (ADR 0014), in one
 * place for all filter chains and profiles. Pages load scripts only from the application itself
 * (WebJars, npm builds; no inline script), styles from itself (inline style attributes allowed),
 * images from itself, data URIs and the configured map tile server; forms post to the application
 * and, in the {@code keycloak} profile, to Keycloak. The Camunda webapps under {@code /camunda/}
 * keep the looser policy their own header filter sends (their pages need inline script with a nonce
 * and {@code eval}); they get the Referrer-Policy only.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class SecurityHeadersFilter extends OncePerRequestFilter {

  static final String REFERRER_POLICY = "strict-origin-when-cross-origin";
  static final String WEBAPPS = "/camunda/";

  private final String policy;

  SecurityHeadersFilter(
      @Value("${iserlohn.smartcity.map.tile-url:}") String tileUrl,
      @Value("${iserlohn.ozg.map.tile-url:}") String portalTileUrl,
      @Value("${iserlohn.keycloak.url:}") String keycloakUrl) {
    this.policy = policy(List.of(tileUrl, portalTileUrl), keycloakUrl);
  }

  static String policy(List<String> tileUrls, String keycloakUrl) {
    Set<String> images = new LinkedHashSet<>();
    images.add("'self'");
    images.add("data:");
    tileUrls.stream()
        .map(SecurityHeadersFilter::origin)
        .filter(o -> !o.isEmpty())
        .forEach(images::add);
    String keycloak = origin(keycloakUrl);
    return String.join(
        "; ",
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src " + String.join(" ", images),
        "font-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "frame-ancestors 'self'",
        "form-action 'self'" + (keycloak.isEmpty() ? "" : " " + keycloak));
  }

  /** The origin of a URL or tile template ({@code {s}.} becomes {@code *.}), or "". */
  static String origin(String url) {
    if (url == null) {
      return "";
    }
    Matcher m = ORIGIN.matcher(url.strip());
    return m.lookingAt() ? m.group(1).replace("{s}", "*") : "";
  }

  private static final Pattern ORIGIN = Pattern.compile("(https?://[^/?#]+)");

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("Referrer-Policy", REFERRER_POLICY);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith(WEBAPPS)) {
      response.setHeader("Content-Security-Policy", policy);
    }
    chain.doFilter(request, response);
  }
}
