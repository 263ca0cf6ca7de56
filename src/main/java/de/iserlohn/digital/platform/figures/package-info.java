/**
 * Daily figures of the city's processes for process managers: what counts as a media break ({@link
 * de.iserlohn.digital.platform.figures.MediaBreaks}), the nightly aggregation into the
 * application's own tables ({@link de.iserlohn.digital.platform.figures.DailyAggregation}), the
 * queries over them ({@link de.iserlohn.digital.platform.figures.Figures}) and the contract through
 * which a domain adds its processes and figures ({@link
 * de.iserlohn.digital.platform.figures.FigureContributor}).
 */
@org.springframework.modulith.NamedInterface("figures")
package de.iserlohn.digital.platform.figures;
