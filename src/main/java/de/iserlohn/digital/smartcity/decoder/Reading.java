package de.iserlohn.digital.smartcity.decoder;

/** One decoded value of an uplink. */
public record Reading(Quantity quantity, double value) {

  public String unit() {
    return quantity.unit();
  }
}
