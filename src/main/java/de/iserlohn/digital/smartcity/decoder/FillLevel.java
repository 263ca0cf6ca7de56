package de.iserlohn.digital.smartcity.decoder;

/** Fill level of a bin from the distance the sensor in the lid measures down to the contents. */
public final class FillLevel {

  private FillLevel() {}

  /**
   * @param distanceMm distance from the sensor to the contents
   * @param binDepthMm distance from the sensor to the bottom of the empty bin
   * @return 0 (empty) to 100 (full up to the sensor), one decimal
   */
  public static double percent(double distanceMm, int binDepthMm) {
    if (binDepthMm <= 0) {
      throw new IllegalArgumentException("bin depth must be positive");
    }
    double level = (binDepthMm - distanceMm) * 100.0 / binDepthMm;
    return Math.round(Math.max(0, Math.min(100, level)) * 10) / 10.0;
  }
}
