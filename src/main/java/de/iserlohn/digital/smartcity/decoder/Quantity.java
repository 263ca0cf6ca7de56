package de.iserlohn.digital.smartcity.decoder;

/** A measured quantity with its unit and the physically plausible range of its values. */
public enum Quantity {
  DISTANCE("mm", 0, 10_000),
  VALID_SAMPLES("1", 0, 1_000),
  FILL_LEVEL("%", 0, 100),
  BATTERY_VOLTAGE("V", 0, 5),
  BATTERY_LEVEL("%", 0, 100),
  TILT("1", 0, 1),
  WATER_TENSION("kPa", 0, 10_000),
  SOIL_TEMPERATURE("°C", -40, 80),
  AIR_TEMPERATURE("°C", -45, 130),
  HUMIDITY("%", 0, 100),
  SURFACE_TEMPERATURE("°C", -60, 100),
  HEAD_TEMPERATURE("°C", -60, 100),
  DEW_POINT("°C", -100, 100);

  private final String unit;
  private final double min;
  private final double max;

  Quantity(String unit, double min, double max) {
    this.unit = unit;
    this.min = min;
    this.max = max;
  }

  public String unit() {
    return unit;
  }

  public boolean inRange(double value) {
    return Double.isFinite(value) && value >= min && value <= max;
  }
}
