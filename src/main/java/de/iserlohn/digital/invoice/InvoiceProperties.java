package de.iserlohn.digital.invoice;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code iserlohn.invoice.*}.
 *
 * @param maxSize largest accepted upload
 * @param paymentDays days after receipt when the invoice is due unless it names a due date
 * @param leitwegIds the city's Leitweg-IDs without check digits to the org unit receiving them
 */
@ConfigurationProperties("iserlohn.invoice")
record InvoiceProperties(DataSize maxSize, Integer paymentDays, Map<String, String> leitwegIds) {

  InvoiceProperties {
    maxSize = maxSize == null ? DataSize.ofMegabytes(10) : maxSize;
    paymentDays = paymentDays == null ? 30 : paymentDays;
    leitwegIds = leitwegIds == null ? Map.of() : Map.copyOf(leitwegIds);
  }
}
