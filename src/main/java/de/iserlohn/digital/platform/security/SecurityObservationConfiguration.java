package de.iserlohn.digital.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * No Spring Security observations, in every profile: with them each of its filters is wrapped in an
 * observation on every request, a quarter of the CPU of a LoRaWAN webhook request (ADR 0037). The
 * per-request {@code http.server.requests} metrics stay.
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservationConfiguration {

  @Bean
  static SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.noObservations();
  }
}
