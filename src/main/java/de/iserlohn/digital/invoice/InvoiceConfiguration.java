package de.iserlohn.digital.invoice;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads and compiles the validation rules once, while the application starts (ADR 0022): the first
 * invoice does not pay the rule compilation.
 */
@Configuration
@EnableConfigurationProperties(InvoiceProperties.class)
class InvoiceConfiguration {

  private static final Logger log = LoggerFactory.getLogger(InvoiceConfiguration.class);

  /** Timer of the rule compilation at start-up; present once the rules are compiled. */
  static final String COMPILATION_METRIC = "iserlohn.invoice.rules.compilation";

  @Bean
  RuleSets invoiceRuleSets(MeterRegistry meters) {
    long start = System.nanoTime();
    RuleSets ruleSets = new RuleSets();
    ruleSets
        .warmUpInBackground()
        .whenComplete(
            (loaded, error) -> {
              if (error != null) {
                log.error("Compiling the e-invoice rule sets failed", error);
              } else {
                Timer.builder(COMPILATION_METRIC)
                    .description("Loading and compiling the e-invoice rule sets at start-up")
                    .register(meters)
                    .record(Duration.ofNanos(System.nanoTime() - start));
                log.info(
                    "Loaded and compiled {} e-invoice rule sets in {} ms",
                    loaded.size(),
                    (System.nanoTime() - start) / 1_000_000);
              }
            });
    return ruleSets;
  }

  @Bean
  InvoiceCheck invoiceCheck(RuleSets ruleSets, InvoiceProperties properties) {
    return new InvoiceCheck(
        new InvoiceReader(properties.maxSize().toBytes()), ruleSets, properties.leitwegIds());
  }
}
