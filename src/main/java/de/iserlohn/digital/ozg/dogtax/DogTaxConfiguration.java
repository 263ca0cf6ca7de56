package de.iserlohn.digital.ozg.dogtax;

import de.iserlohn.digital.platform.identity.DemoAccount;
import de.iserlohn.digital.platform.identity.OrgUnits;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The demo lead of the Steueramt: overdue dog-tax checks are escalated to her ({@code
 * iserlohn.ozg.unit-leads.steueramt}).
 */
@Configuration(proxyBeanMethods = false)
class DogTaxConfiguration {

  @Bean
  DemoAccount ozgLeadSteueramt() {
    return new DemoAccount("gvogel", "Gabriele", "Vogel", List.of(OrgUnits.STEUERAMT));
  }
}
