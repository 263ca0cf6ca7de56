package de.iserlohn.digital.ozg.application;

import java.time.Instant;

/**
 * A request for missing documents (Nachforderung) of a case.
 *
 * @param status {@code OFFEN}, {@code BEANTWORTET} or {@code ABGELAUFEN}
 */
public record DocumentRequest(
    long id, String caseNumber, String text, String status, Instant dueAt, Instant createdAt) {

  public static final String OPEN = "OFFEN";
  public static final String ANSWERED = "BEANTWORTET";
  public static final String EXPIRED = "ABGELAUFEN";
}
