package de.iserlohn.digital.platform.casefile;

import java.time.LocalDate;
import java.time.Month;

/**
 * How long a Vorgang of a file-plan subject and case type is kept and what happens then.
 *
 * @param planKey the file-plan key
 * @param caseType the case type, or {@code *} for every case type of the subject
 * @param years the retention period in years
 * @param start the event the period starts with
 * @param archiveValue what happens at its end
 */
public record RetentionRule(
    String planKey, String caseType, int years, Start start, ArchiveValue archiveValue) {

  /** The event the retention period starts with. */
  public enum Start {
    /** The day the Vorgang is closed. */
    CLOSING,
    /** The end of the year the Vorgang is closed in (the usual rule for records). */
    END_OF_YEAR
  }

  /** The last day of retention of a Vorgang closed on the given day. */
  public LocalDate retentionEnd(LocalDate closedOn) {
    LocalDate begin =
        start == Start.END_OF_YEAR
            ? LocalDate.of(closedOn.getYear(), Month.DECEMBER, 31)
            : closedOn;
    return begin.plusYears(years);
  }
}
