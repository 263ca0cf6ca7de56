package de.iserlohn.digital.ozg.portal;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the header of every portal page shows about the visitor: "Anmelden" where citizens can log
 * in ({@code keycloak} profile), otherwise their name and "Abmelden".
 */
@ControllerAdvice(assignableTypes = {PortalController.class, PaymentPagesController.class})
class PortalHeader {

  static final String LOGIN_AVAILABLE = "anmeldungMoeglich";
  static final String CITIZEN = "buerger";

  private final PortalLogin login;

  PortalHeader(PortalLogin login) {
    this.login = login;
  }

  @ModelAttribute
  void header(Model model) {
    addTo(model, login);
  }

  static void addTo(Model model, PortalLogin login) {
    model.addAttribute(LOGIN_AVAILABLE, login.available());
    model.addAttribute(CITIZEN, PortalLogin.signedIn().orElse(null));
  }
}
