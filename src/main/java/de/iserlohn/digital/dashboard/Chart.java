package de.iserlohn.digital.dashboard;

import java.util.List;

/**
 * One chart of the dashboard and its data: the same rows are the chart, the table for screen
 * readers and the CSV download.
 *
 * @param id the chart's id (anchor and CSV file name)
 * @param title the German title
 * @param description what the figures mean, with the target where there is one
 * @param kind {@code bar} or {@code line}
 * @param columns the column headings; the first is the row label's
 * @param rows the rows
 * @param target the strategy's target as a line in the chart (same unit as the columns), or null
 * @param targetLabel the target's German label, or null
 */
record Chart(
    String id,
    String title,
    String description,
    String kind,
    List<String> columns,
    List<Row> rows,
    Double target,
    String targetLabel) {

  /** A row: its label and one cell per further column. */
  record Row(String label, List<Cell> cells) {}

  /**
   * A cell: the German text and the number for the chart (null when there is none, e.g. fewer than
   * five cases).
   */
  record Cell(String text, Double number) {}
}
