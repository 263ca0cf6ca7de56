package de.iserlohn.digital.dashboard;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The strategy's targets the dashboard compares with (Digitalisierungsstrategie 2020, goals 1.1,
 * 2.2, 2.3, 2.4, 2.6, 4.1) and the settings that the strategy leaves to the city.
 *
 * @param mobileWorkBaseline2020 employees who could work mobile in 2020 (goal 4.1: twice as many by
 *     the end of 2025); null until HR enters it
 * @param fixedPickupDays the interval of the fixed waste calendar the sensor-led pickup is compared
 *     with (days)
 */
@ConfigurationProperties("iserlohn.dashboard")
record Targets(Integer mobileWorkBaseline2020, Integer fixedPickupDays) {

  /** Goal 1.1: the 15 priority services online by the end of 2025. */
  static final int SERVICES_ONLINE = 15;

  /** Goal 2.2: 25 % of the online applications processed digitally without media break. */
  static final double SHARE_WITHOUT_MEDIA_BREAK = 0.25;

  /** Goal 2.3: at least five internal processes run digitally without media break. */
  static final int INTERNAL_PROCESSES = 5;

  /** Goal 2.4: every electronically received invoice is processed digitally. */
  static final double SHARE_INVOICES_DIGITAL = 1.0;

  /** Goal 2.6: the mailroom works digitally: every item scanned and distributed electronically. */
  static final double SHARE_MAIL_DISTRIBUTED = 1.0;

  /** No share or mean is shown for fewer cases: they could identify a person. */
  static final int MIN_CASES = 5;

  Targets {
    fixedPickupDays = fixedPickupDays == null ? 7 : fixedPickupDays;
  }
}
