package de.iserlohn.digital.ozg.portal;

import de.iserlohn.digital.ozg.application.ApplicationNotFoundException;
import de.iserlohn.digital.platform.web.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A missing page of the portal is a German 404 page, not a problem document. */
@ControllerAdvice(assignableTypes = {PortalController.class, PaymentPagesController.class})
class PortalErrors {

  private final PortalLogin login;

  PortalErrors(PortalLogin login) {
    this.login = login;
  }

  @ExceptionHandler({NotFoundException.class, ApplicationNotFoundException.class})
  String notFound(RuntimeException e, HttpServletResponse response, Model model) {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    PortalHeader.addTo(model, login);
    model.addAttribute("message", e.getMessage());
    return "portal/nicht-gefunden";
  }
}
