package de.iserlohn.digital.ozg.portal;

import de.iserlohn.digital.ozg.OzgProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The tiles of the place picker that start forms with {@code latitude} and {@code longitude} get
 * ({@code iserlohn.ozg.map.*}; blank: a map without tiles, the fields work as before).
 */
@ControllerAdvice(assignableTypes = PortalController.class)
class PortalMapSettings {

  private final String tileUrl;
  private final String tileAttribution;

  PortalMapSettings(OzgProperties properties) {
    this.tileUrl = properties.map().tileUrl();
    this.tileAttribution = properties.map().tileAttribution();
  }

  @ModelAttribute("kartenKacheln")
  String tileUrl() {
    return tileUrl;
  }

  @ModelAttribute("kartenNachweis")
  String tileAttribution() {
    return tileAttribution;
  }
}
