package de.iserlohn.digital.platform.casefile;

/**
 * Command to open a Vorgang.
 *
 * @param caseNumber the business key to use; {@code null} lets the case file number it ({@code
 *     <casePrefix>-<year>-<seq>}). Opening with an existing number returns that Vorgang.
 * @param title what the case is about, German, shown to clerks and (for their own cases) citizens
 * @param caseType the kind of case (usually the process or service id)
 * @param orgUnit the org unit that works the case
 * @param ownerId the citizen, company or employee the case belongs to, if any
 * @param retentionClass how long the case and its documents are kept
 * @param aktenzeichen the Akte to file into; {@code null} files into the Akte of the org unit and
 *     case type of the current year
 * @param partyName the name of the person or company the case is about (e.g. the applicant), for
 *     the clerks' search; may be {@code null}
 */
public record OpenVorgang(
    String caseNumber,
    String title,
    String caseType,
    String orgUnit,
    String ownerId,
    RetentionClass retentionClass,
    String aktenzeichen,
    String partyName) {

  public OpenVorgang(
      String caseNumber,
      String title,
      String caseType,
      String orgUnit,
      String ownerId,
      RetentionClass retentionClass,
      String aktenzeichen) {
    this(caseNumber, title, caseType, orgUnit, ownerId, retentionClass, aktenzeichen, null);
  }

  public OpenVorgang {
    requireText(title, "title");
    requireText(caseType, "caseType");
    requireText(orgUnit, "orgUnit");
    if (retentionClass == null) {
      throw new IllegalArgumentException("retentionClass is required");
    }
  }

  /** A Vorgang numbered by the case file, filed into the default Akte. */
  public static OpenVorgang of(
      String title, String caseType, String orgUnit, RetentionClass retentionClass) {
    return new OpenVorgang(null, title, caseType, orgUnit, null, retentionClass, null);
  }

  public OpenVorgang withCaseNumber(String number) {
    return new OpenVorgang(
        number, title, caseType, orgUnit, ownerId, retentionClass, aktenzeichen, partyName);
  }

  public OpenVorgang withOwner(String owner) {
    return new OpenVorgang(
        caseNumber, title, caseType, orgUnit, owner, retentionClass, aktenzeichen, partyName);
  }

  public OpenVorgang withAktenzeichen(String akte) {
    return new OpenVorgang(
        caseNumber, title, caseType, orgUnit, ownerId, retentionClass, akte, partyName);
  }

  /** The same command for a case about this person or company. */
  public OpenVorgang withPartyName(String name) {
    String party = name == null || name.isBlank() ? null : name.strip();
    if (party != null && party.length() > 255) {
      party = party.substring(0, 255);
    }
    return new OpenVorgang(
        caseNumber, title, caseType, orgUnit, ownerId, retentionClass, aktenzeichen, party);
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
  }
}
