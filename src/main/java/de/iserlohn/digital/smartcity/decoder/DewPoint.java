package de.iserlohn.digital.smartcity.decoder;

/** Dew point by the Magnus formula (Sonntag 1990 constants, valid from -45 °C to 60 °C). */
public final class DewPoint {

  private static final double A = 17.62;
  private static final double B = 243.12;

  private DewPoint() {}

  /**
   * @param airTemperature in °C
   * @param relativeHumidity in %, greater than 0
   * @return the dew point in °C
   */
  public static double magnus(double airTemperature, double relativeHumidity) {
    if (relativeHumidity <= 0 || relativeHumidity > 100) {
      throw new IllegalArgumentException("relative humidity out of range: " + relativeHumidity);
    }
    double gamma = Math.log(relativeHumidity / 100.0) + A * airTemperature / (B + airTemperature);
    return B * gamma / (A - gamma);
  }
}
