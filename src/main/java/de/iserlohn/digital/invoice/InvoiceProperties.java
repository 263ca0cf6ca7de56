package de.iserlohn.digital.invoice;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code iserlohn.invoice.*}.
 *
 * @param maxSize largest accepted upload
 * @param paymentDays days after receipt when the invoice is due unless it names a due date
 * @param leitwegIds the city's Leitweg-IDs without check digits to the org unit receiving them
 * @param imap the invoice inbox polled over IMAP (off unless a URL is configured)
 */
@ConfigurationProperties("iserlohn.invoice")
record InvoiceProperties(
    DataSize maxSize, Integer paymentDays, Map<String, String> leitwegIds, Imap imap) {

  InvoiceProperties {
    maxSize = maxSize == null ? DataSize.ofMegabytes(10) : maxSize;
    paymentDays = paymentDays == null ? 30 : paymentDays;
    leitwegIds = leitwegIds == null ? Map.of() : Map.copyOf(leitwegIds);
    imap = imap == null ? new Imap(null, null, null, null, null) : imap;
  }

  /**
   * {@code iserlohn.invoice.imap.*}.
   *
   * @param url {@code imap://host:port/FOLDER} or {@code imaps://...}; empty: the channel is off
   * @param username the mailbox login
   * @param password the mailbox password
   * @param pollInterval pause between two polls; zero: no schedule, {@link InvoiceMailbox#poll()}
   *     is called by hand (tests)
   * @param timeout connect and read timeout
   */
  record Imap(
      String url, String username, String password, Duration pollInterval, Duration timeout) {

    Imap {
      pollInterval = pollInterval == null ? Duration.ofMinutes(1) : pollInterval;
      timeout = timeout == null ? Duration.ofSeconds(20) : timeout;
    }

    boolean configured() {
      return url != null && !url.isBlank();
    }

    boolean scheduled() {
      return configured() && !pollInterval.isZero() && !pollInterval.isNegative();
    }
  }
}
