package de.iserlohn.digital.mailroom;

import de.iserlohn.digital.mailroom.extraction.TextExtraction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans of the mailroom that are plain classes. */
@Configuration(proxyBeanMethods = false)
class MailroomConfiguration {

  /** At most 100,000 characters of text per scan (the column's size), 2 minutes of OCR per file. */
  @Bean
  TextExtraction textExtraction() {
    return new TextExtraction(100_000, 120);
  }
}
