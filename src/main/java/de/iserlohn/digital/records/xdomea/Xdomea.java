package de.iserlohn.digital.records.xdomea;

import java.util.Map;

/** Names and codes of xdomea 3.0.0 used by the platform. */
public final class Xdomea {

  public static final String NS = "urn:xoev-de:xdomea:schema:3.0.0";

  public static final String OFFER = "0501";
  public static final String EVALUATION = "0502";
  public static final String TRANSFER = "0503";
  public static final String OFFER_RECEIVED = "0504";
  public static final String EVALUATION_RECEIVED = "0505";
  public static final String IMPORT_CONFIRMED = "0506";
  public static final String TRANSFER_RECEIVED = "0507";

  /** The message names by type (root element {@code Aussonderung.<name>.<type>}). */
  public static final Map<String, String> NAMES =
      Map.of(
          OFFER, "Aussonderung.Anbieteverzeichnis",
          EVALUATION, "Aussonderung.Bewertungsverzeichnis",
          TRANSFER, "Aussonderung.Aussonderung",
          OFFER_RECEIVED, "Aussonderung.AnbietungEmpfangBestaetigen",
          EVALUATION_RECEIVED, "Aussonderung.BewertungEmpfangBestaetigen",
          IMPORT_CONFIRMED, "Aussonderung.AussonderungImportBestaetigen",
          TRANSFER_RECEIVED, "Aussonderung.AussonderungEmpfangBestaetigen");

  static final String LIST_MESSAGE_TYPE = "urn:xoev-de:xdomea:codeliste:nachrichtentyp";
  static final String LIST_DISPOSAL = "urn:xoev-de:xdomea:codeliste:aussonderungsart";
  static final String LIST_MEDIUM = "urn:xoev-de:xdomea:codeliste:medium";
  static final String LIST_FILE_FORMAT = "urn:xoev-de:xdomea:codeliste:dateiformat";

  /** Medium "Elektronisch". */
  static final String MEDIUM_ELECTRONIC = "001";

  /**
   * File formats (code list "Dateiformat" 2.0) by media type. The platform has no copy of the code
   * list: the codes are to be confirmed with the archive before the first real transfer (ADR 0071);
   * {@code 045} (text) is the code of the Landesarchiv's example.
   */
  static final Map<String, String> FILE_FORMATS =
      Map.of(
          "application/pdf", "018",
          "text/plain", "045",
          "image/jpeg", "009",
          "image/png", "025",
          "image/tiff", "030",
          "application/xml", "036");

  /** "Sonstiges" for a media type without a code. */
  static final String FILE_FORMAT_OTHER = "001";

  private Xdomea() {}

  /** The file name of a message, as the standard names it: {@code <ProzessID>_<name>.<type>}. */
  public static String fileName(String processId, String type, String extension) {
    return processId + "_" + NAMES.get(type) + "." + type + "." + extension;
  }
}
