package de.iserlohn.digital.ozg.civilstatus;

import de.iserlohn.digital.platform.identity.DemoAccount;
import de.iserlohn.digital.platform.identity.OrgUnits;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The demo lead of the Standesamt: overdue entitlement checks are escalated to him ({@code
 * iserlohn.ozg.unit-leads.standesamt}).
 */
@Configuration(proxyBeanMethods = false)
class CivilStatusConfiguration {

  @Bean
  DemoAccount ozgLeadStandesamt() {
    return new DemoAccount("hschulte", "Hendrik", "Schulte", List.of(OrgUnits.STANDESAMT));
  }
}
