package de.iserlohn.digital.ozg.kpi;

import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.identity.CurrentUsers;
import de.iserlohn.digital.platform.identity.OrgUnits;
import de.iserlohn.digital.platform.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The KPIs of the online services for process managers (platform {@code /api/**} chain). */
@RestController
@Tag(name = "OZG-Onlinedienste")
class KpiController {

  private final OzgKpis kpis;

  KpiController(OzgKpis kpis) {
    this.kpis = kpis;
  }

  /** KPIs: lead time and share without media break per service, open applications per unit. */
  record Kpis(
      List<ServiceKpi> services,
      double goalShareWithoutMediaBreak,
      Map<String, Long> openPerUnit) {}

  @Operation(summary = "Kennzahlen der Onlinedienste (Prozessmanagement)")
  @GetMapping("/api/ozg/kpis")
  Kpis kpis() {
    CurrentUser user = CurrentUsers.current();
    if (!user.isMemberOf(OrgUnits.PROCESS_MANAGERS) && !user.isAdmin()) {
      throw new NotFoundException("Kennzahlen nicht gefunden");
    }
    return new Kpis(kpis.perService(), OzgKpis.GOAL_WITHOUT_MEDIA_BREAK, kpis.openPerUnit());
  }
}
