package de.iserlohn.digital.platform;

import de.iserlohn.digital.platform.web.CityTime;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans every module shares. */
@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

  /**
   * Time is injected, so that deadlines and timers are testable. Its zone is the city's: a day, a
   * deadline's midnight and a date on a document are days in Iserlohn, whatever zone the machine
   * runs in.
   */
  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.system(CityTime.ZONE);
  }
}
