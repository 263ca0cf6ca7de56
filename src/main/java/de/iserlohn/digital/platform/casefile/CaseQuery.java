package de.iserlohn.digital.platform.casefile;

import java.time.LocalDate;

/**
 * What a clerk searches for; every criterion is optional, all given ones must hold.
 *
 * @param caseNumber the case number, or its beginning
 * @param aktenzeichen the Akte's Aktenzeichen, or its beginning
 * @param name part of the name of the person or company the Vorgang is about, or of its title
 * @param caseType the case type (service id)
 * @param orgUnit the org unit
 * @param status open or closed
 * @param from created on or after this day (Europe/Berlin)
 * @param to created on or before this day (Europe/Berlin)
 * @param text words in the text of its documents (PostgreSQL: German full-text search)
 * @param sort the order of the results
 * @param page the page, from 0
 * @param size results per page (1 to 100)
 */
public record CaseQuery(
    String caseNumber,
    String aktenzeichen,
    String name,
    String caseType,
    String orgUnit,
    VorgangStatus status,
    LocalDate from,
    LocalDate to,
    String text,
    Sort sort,
    int page,
    int size) {

  /** The orders a result list can have. */
  public enum Sort {
    NEWEST("v.created_at desc, v.id"),
    OLDEST("v.created_at asc, v.id"),
    CASE_NUMBER("v.case_number asc"),
    TITLE("v.title asc, v.case_number");

    final String sql;

    Sort(String sql) {
      this.sql = sql;
    }
  }

  public CaseQuery {
    caseNumber = blankToNull(caseNumber);
    aktenzeichen = blankToNull(aktenzeichen);
    name = blankToNull(name);
    caseType = blankToNull(caseType);
    orgUnit = blankToNull(orgUnit);
    text = blankToNull(text);
    sort = sort == null ? Sort.NEWEST : sort;
    page = Math.max(0, page);
    size = size < 1 ? 20 : Math.min(size, 100);
  }

  /** A query for every visible Vorgang, newest first. */
  public static CaseQuery all() {
    return new CaseQuery(null, null, null, null, null, null, null, null, null, null, 0, 20);
  }

  public CaseQuery withName(String value) {
    return new CaseQuery(
        caseNumber,
        aktenzeichen,
        value,
        caseType,
        orgUnit,
        status,
        from,
        to,
        text,
        sort,
        page,
        size);
  }

  public CaseQuery withCaseNumber(String value) {
    return new CaseQuery(
        value, aktenzeichen, name, caseType, orgUnit, status, from, to, text, sort, page, size);
  }

  public CaseQuery withText(String value) {
    return new CaseQuery(
        caseNumber,
        aktenzeichen,
        name,
        caseType,
        orgUnit,
        status,
        from,
        to,
        value,
        sort,
        page,
        size);
  }

  private static String blankToNull(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    return v.length() > 200 ? v.substring(0, 200) : v;
  }
}
