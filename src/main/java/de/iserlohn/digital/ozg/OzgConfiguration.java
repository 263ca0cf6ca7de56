package de.iserlohn.digital.ozg;

import de.iserlohn.digital.platform.identity.DemoAccount;
import de.iserlohn.digital.platform.identity.OrgUnits;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Demo leads of the units that work online applications and have no lead yet (the Stadtbetrieb's
 * {@code dlange} and the Ordnungsamt's {@code akrause} come with the HR module). Overdue tasks are
 * escalated to the lead configured in {@code iserlohn.ozg.unit-leads}.
 */
@Configuration(proxyBeanMethods = false)
class OzgConfiguration {

  @Bean
  DemoAccount ozgLeadBuergerbuero() {
    return new DemoAccount("nbauer", "Nina", "Bauer", List.of(OrgUnits.BUERGERBUERO));
  }

  @Bean
  DemoAccount ozgLeadUmwelt() {
    return new DemoAccount("cwolf", "Carsten", "Wolf", List.of(OrgUnits.UMWELT));
  }
}
