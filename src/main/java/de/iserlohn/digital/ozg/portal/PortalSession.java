package de.iserlohn.digital.ozg.portal;

import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The applications a portal visitor has opened in this browser session (after submitting, or with
 * case number and access code). Nothing else is kept in the session.
 */
final class PortalSession {

  static final String OPENED = "ozg.opened-cases";

  private PortalSession() {}

  static void remember(HttpSession session, String caseNumber) {
    Set<String> opened = opened(session);
    opened.add(caseNumber);
    session.setAttribute(OPENED, opened);
  }

  static boolean hasOpened(HttpSession session, String caseNumber) {
    return opened(session).contains(caseNumber);
  }

  @SuppressWarnings("unchecked")
  static Set<String> opened(HttpSession session) {
    Object value = session.getAttribute(OPENED);
    return value instanceof Set<?> set
        ? new LinkedHashSet<>((Set<String>) set)
        : new LinkedHashSet<>();
  }
}
