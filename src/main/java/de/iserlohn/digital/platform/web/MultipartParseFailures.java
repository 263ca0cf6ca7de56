package de.iserlohn.digital.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a multipart body before anything else does (ADR 0014). The container parses it on the first
 * parameter lookup, which may be a security filter (the CSRF check) outside Spring MVC's error
 * handling: a body it cannot parse (a NUL in a file name, a cut-off part) was a 500 there. Here it
 * is a 400 problem, a body above the size limits a 413.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class MultipartParseFailures extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(MultipartParseFailures.class);

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String type = request.getContentType();
    return type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      request.getParts();
    } catch (IOException | ServletException | RuntimeException e) {
      LOG.info("Unreadable multipart request to {}: {}", request.getRequestURI(), e.toString());
      if (tooLarge(e)) {
        refuse(response, 413, "Datei zu groß", "file", "Die Datei überschreitet die Höchstgröße.");
      } else if (badFileName(e)) {
        refuse(
            response,
            400,
            "Ungültige Eingabe",
            "file",
            "Der Dateiname enthält unzulässige Zeichen (Steuerzeichen).");
      } else {
        refuse(
            response,
            400,
            "Ungültige Eingabe",
            "body",
            "Die mehrteilige Anfrage ist nicht lesbar.");
      }
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean tooLarge(Throwable e) {
    return causes(e, "SizeLimitExceeded") || causes(e, "SizeException");
  }

  private static boolean badFileName(Throwable e) {
    return causes(e, "InvalidFileName");
  }

  private static boolean causes(Throwable e, String name) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getClass().getSimpleName().contains(name)) {
        return true;
      }
    }
    return false;
  }

  private static void refuse(
      HttpServletResponse response, int status, String title, String field, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            ("{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,"
                    + "\"detail\":\"Bitte prüfen Sie die markierten Felder.\","
                    + "\"errors\":[{\"field\":\"%s\",\"message\":\"%s\"}]}")
                .formatted(title, status, field, message));
  }
}
