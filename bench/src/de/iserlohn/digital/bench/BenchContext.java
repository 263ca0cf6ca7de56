package de.iserlohn.digital.bench;

import java.net.http.HttpClient;
import org.springframework.context.ConfigurableApplicationContext;

/** What a scenario may use: the running application, its base URL and an HTTP client. */
record BenchContext(ConfigurableApplicationContext app, String baseUrl, HttpClient http) {

  <T> T bean(Class<T> type) {
    return app.getBean(type);
  }
}
