package de.iserlohn.digital.smartcity.ingestion;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Two chains ahead of the platform's: the LoRaWAN webhooks and the vehicle telematics authenticate
 * machines by bearer token or HMAC signature (checked by {@link WebhookAuthentication}, not by HTTP
 * Basic), and the public smart-city data and map page ({@code /smartcity/karte} with its script and
 * the Leaflet WebJar) are read-only and anonymous in every profile.
 */
@Configuration(proxyBeanMethods = false)
class SmartcitySecurityConfiguration {

  @Bean
  @Order(0)
  SecurityFilterChain lorawanWebhooks(HttpSecurity http) throws Exception {
    return http.securityMatcher(
            new OrRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher("/api/lorawan/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/api/telematics/**")))
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(
                        PathPatternRequestMatcher.withDefaults()
                            .matcher(HttpMethod.POST, "/api/lorawan/**"),
                        PathPatternRequestMatcher.withDefaults()
                            .matcher(HttpMethod.POST, "/api/telematics/**"))
                    .permitAll()
                    .anyRequest()
                    .denyAll())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(AbstractHttpConfigurer::disable)
        .build();
  }

  @Bean
  @Order(0)
  SecurityFilterChain publicSmartcityData(HttpSecurity http) throws Exception {
    return http.securityMatcher(
            new OrRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher("/api/public/smartcity/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/smartcity/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/webjars/leaflet/**")))
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(
                        PathPatternRequestMatcher.withDefaults()
                            .matcher(HttpMethod.GET, "/api/public/smartcity/**"),
                        PathPatternRequestMatcher.withDefaults()
                            .matcher(HttpMethod.GET, "/smartcity/**"),
                        PathPatternRequestMatcher.withDefaults()
                            .matcher(HttpMethod.GET, "/webjars/leaflet/**"))
                    .permitAll()
                    .anyRequest()
                    .denyAll())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(AbstractHttpConfigurer::disable)
        .build();
  }
}
