package de.iserlohn.digital.platform.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a domain adds to the daily figures: the processes it runs (for the dashboard's grouping) and
 * figures from its own tables. The engine-history figures of every process (started, finished, lead
 * time, on time, media-break free) are collected by the platform itself.
 */
public interface FigureContributor {

  /** The domain's processes the dashboard shows. */
  List<MeasuredProcess> processes();

  /**
   * Adds the domain's figures of one day ({@code from} inclusive, {@code to} exclusive, the day in
   * Europe/Berlin). Must only read; runs in the aggregation's transaction.
   */
  default void collect(LocalDate day, Instant from, Instant to, DailyFigures into) {}
}
