package de.iserlohn.digital.invoice;

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

  @Bean
  RuleSets invoiceRuleSets() {
    long start = System.nanoTime();
    RuleSets ruleSets = new RuleSets();
    ruleSets
        .warmUpInBackground()
        .whenComplete(
            (loaded, error) -> {
              if (error != null) {
                log.error("Compiling the e-invoice rule sets failed", error);
              } else {
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
