package de.iserlohn.digital.mailroom.web;

import de.iserlohn.digital.platform.identity.CurrentUsers;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The Poststelle's page: today's intake, unassigned items, throughput (German, no JavaScript). */
@Controller
class MailroomPage {

  private final MailroomOverview overview;

  MailroomPage(MailroomOverview overview) {
    this.overview = overview;
  }

  @GetMapping("/poststelle/")
  String page(Model model) {
    if (!MailroomController.MailroomAccess.mayUse(CurrentUsers.current())) {
      throw new AccessDeniedException("Nur für die Poststelle");
    }
    model.addAttribute("o", overview.today());
    return "mailroom/uebersicht";
  }
}
