package de.iserlohn.digital.ozg;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the OZG module, bound from {@code iserlohn.ozg.*}.
 *
 * @param publicUrl the address citizens reach the portal at (links in mails, payment redirects)
 * @param secret key for access codes of idempotent submissions (blank: a random key per start)
 * @param replyDays days a citizen has to answer a Nachforderung
 * @param paymentDays days a citizen has to pay a fee before the application is cancelled
 * @param unitLeads the lead (engine user id) of each org unit, for deadline escalations
 * @param reply what a reply to a Nachforderung may contain
 * @param maxFailedAttempts wrong access codes of one client before it is refused for a while
 * @param lockMinutes how long a client is refused after too many wrong access codes (and how long a
 *     wrong code counts)
 * @param payment settings of the payment provider
 * @param map tiles of the place picker in start forms with latitude and longitude
 */
@ConfigurationProperties("iserlohn.ozg")
public record OzgProperties(
    @DefaultValue("http://localhost:8080") String publicUrl,
    @DefaultValue("") String secret,
    @DefaultValue("14") int replyDays,
    @DefaultValue("14") int paymentDays,
    @DefaultValue Map<String, String> unitLeads,
    @DefaultValue Reply reply,
    @DefaultValue("5") int maxFailedAttempts,
    @DefaultValue("15") int lockMinutes,
    @DefaultValue Payment payment,
    @DefaultValue MapTiles map) {

  /** Files a citizen may send with a reply. */
  public record Reply(
      @DefaultValue({"application/pdf", "image/jpeg", "image/png"}) List<String> mediaTypes,
      @DefaultValue("5") int maxFiles,
      @DefaultValue("10") int maxSizeMb) {}

  /**
   * @param provider the payment provider ({@code test}: the built-in test provider)
   * @param secret the key of the callback signatures (HMAC-SHA256)
   */
  public record Payment(
      @DefaultValue("test") String provider, @DefaultValue("demo-payment-secret") String secret) {}

  /**
   * @param tileUrl tile URL template ({z}/{x}/{y}); blank: a map without tiles, the fields work
   * @param tileAttribution the attribution the tile server asks for
   */
  public record MapTiles(
      @DefaultValue("") String tileUrl, @DefaultValue("") String tileAttribution) {}
}
