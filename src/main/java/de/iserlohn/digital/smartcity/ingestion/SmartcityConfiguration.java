package de.iserlohn.digital.smartcity.ingestion;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SmartcityProperties.class)
class SmartcityConfiguration {

  /**
   * The Quartz cron of the daily pickup, read by the timer start event of waste-pickup-schedule.
   */
  @Bean
  String wastePickupCron(SmartcityProperties properties) {
    return properties.waste().pickupCron();
  }

  /** The Quartz cron of the device health check, read by the timer of device-health-check. */
  @Bean
  String deviceHealthCheckCron(SmartcityProperties properties) {
    return properties.maintenance().checkCron();
  }
}
