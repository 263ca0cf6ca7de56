/**
 * The management dashboard for process managers and the Verwaltungsvorstand under {@code
 * /dashboard/} (measures DM03 and DV02 of the strategy): the daily figures of the platform's {@code
 * figures} interface against the strategy's targets, as charts, tables and CSV, and as Prometheus
 * metrics.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard")
package de.iserlohn.digital.dashboard;
