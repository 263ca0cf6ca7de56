package de.iserlohn.digital.ozg.trade;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the trade registration, bound from {@code iserlohn.ozg.gewerbe.*}.
 *
 * @param recipients the receiving bodies by the key the DMN {@code trade-registration-recipients}
 *     answers ({@code finanzamt}, {@code ihk}, {@code hwk}, {@code gewerbeaufsicht}, {@code
 *     statistik})
 */
@ConfigurationProperties("iserlohn.ozg.gewerbe")
record TradeProperties(@DefaultValue Map<String, Recipient> recipients) {

  /**
   * @param name the body's name as it appears in the citizen's status history
   * @param email the address the notification is sent to
   */
  record Recipient(String name, String email) {}
}
