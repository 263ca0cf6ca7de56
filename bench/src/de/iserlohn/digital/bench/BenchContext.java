package de.iserlohn.digital.bench;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.springframework.context.ConfigurableApplicationContext;

/** What a scenario may use: the running application, its base URL and an HTTP client. */
record BenchContext(ConfigurableApplicationContext app, String baseUrl, HttpClient http) {

  /** The HTTP Basic header of a demo user (whose password is the user name). */
  static String basicAuth(String demoUser) {
    String credentials = demoUser + ":" + demoUser;
    return "Basic "
        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }

  <T> T bean(Class<T> type) {
    return app.getBean(type);
  }

  /**
   * Waits (at most five minutes) until the job executor has run every job of the query, for
   * example the asynchronous continuations the measured operations left behind.
   *
   * @return the jobs still waiting
   */
  long awaitNoJobs(Supplier<JobQuery> jobs) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    long waiting;
    while ((waiting = jobs.get().count()) > 0 && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    return waiting;
  }
}
