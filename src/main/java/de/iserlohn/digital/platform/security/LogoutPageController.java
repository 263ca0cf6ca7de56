package de.iserlohn.digital.platform.security;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The confirmation page of the single logout: {@code GET /logout} shows it, the form posts to
 * {@code /logout} (CSRF-protected), which ends the session here and at Keycloak.
 */
@Controller
@Profile(KeycloakSecurityConfiguration.PROFILE)
class LogoutPageController {

  @GetMapping("/logout")
  String logoutPage() {
    return "logout";
  }
}
