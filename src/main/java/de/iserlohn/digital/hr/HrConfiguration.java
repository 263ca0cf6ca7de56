package de.iserlohn.digital.hr;

import de.iserlohn.digital.platform.identity.DemoAccount;
import de.iserlohn.digital.platform.identity.OrgUnits;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Demo accounts of the HR module: two employees in different org units and their supervisors (the
 * org-unit leads). The HR clerk is the platform's {@code hhoffmann} (group {@code personal}), the
 * staff council {@code rschulz} (group {@code personalrat}).
 */
@Configuration(proxyBeanMethods = false)
class HrConfiguration {

  @Bean
  DemoAccount hrEmployeeOrdnungsamt() {
    return new DemoAccount("jmeyer", "Julia", "Meyer", List.of(OrgUnits.ORDNUNGSAMT));
  }

  @Bean
  DemoAccount hrLeadOrdnungsamt() {
    return new DemoAccount("akrause", "Andreas", "Krause", List.of(OrgUnits.ORDNUNGSAMT));
  }

  @Bean
  DemoAccount hrEmployeeStadtbetrieb() {
    return new DemoAccount("fzimmer", "Frank", "Zimmer", List.of(OrgUnits.STADTBETRIEB));
  }

  @Bean
  DemoAccount hrLeadStadtbetrieb() {
    return new DemoAccount("dlange", "Doris", "Lange", List.of(OrgUnits.STADTBETRIEB));
  }
}
