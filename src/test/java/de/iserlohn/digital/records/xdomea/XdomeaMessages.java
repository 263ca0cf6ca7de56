package de.iserlohn.digital.records.xdomea;

import de.iserlohn.digital.testsupport.SharedTestData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The archive's side of the Aussonderung in tests: its messages (0502, 0504, 0506) as a state
 * archive writes them, and the official schema from {@code shared/testdata/xdomea}.
 */
public final class XdomeaMessages {

  public static final Path SCHEMA =
      SharedTestData.path("xdomea/schemes/xdomea_3.0.0/xdomea.xsd").toAbsolutePath();

  private XdomeaMessages() {}

  public static XdomeaSchema schema() {
    return XdomeaSchema.load(SCHEMA);
  }

  /** An evaluation (0502): object id to {@code A} or {@code V}. */
  public static byte[] evaluation(String processId, Map<String, String> decisions) {
    String objects =
        decisions.entrySet().stream()
            .map(
                e ->
                    """
                      <xdomea:BewertetesObjekt>
                        <xdomea:ID>%s</xdomea:ID>
                        <xdomea:Aussonderungsart>
                          <xdomea:Aussonderungsart listURI="urn:xoev-de:xdomea:codeliste:aussonderungsart" listVersionID="1.0"><code>%s</code></xdomea:Aussonderungsart>
                        </xdomea:Aussonderungsart>
                      </xdomea:BewertetesObjekt>
                    """
                        .formatted(e.getKey(), e.getValue()))
            .collect(Collectors.joining());
    return message(
        processId,
        "0502",
        "Aussonderung.Bewertungsverzeichnis",
        "<xdomea:Empfangsbestaetigung>true</xdomea:Empfangsbestaetigung>",
        objects);
  }

  /** An import confirmation (0506): object id to its archive id, or null when it failed. */
  public static byte[] importConfirmation(String processId, Map<String, String> archiveIds) {
    String objects =
        archiveIds.entrySet().stream()
            .map(
                e ->
                    e.getValue() == null
                        ? """
                          <xdomea:AusgesondertesSGO>
                            <xdomea:IDSGO>%s</xdomea:IDSGO>
                            <xdomea:Erfolgreich>false</xdomea:Erfolgreich>
                            <xdomea:Fehlermeldung>Primärdokument fehlt</xdomea:Fehlermeldung>
                          </xdomea:AusgesondertesSGO>
                          """
                            .formatted(e.getKey())
                        : """
                          <xdomea:AusgesondertesSGO>
                            <xdomea:IDSGO>%s</xdomea:IDSGO>
                            <xdomea:Erfolgreich>true</xdomea:Erfolgreich>
                            <xdomea:Archivkennung>%s</xdomea:Archivkennung>
                          </xdomea:AusgesondertesSGO>
                          """
                            .formatted(e.getKey(), e.getValue()))
            .collect(Collectors.joining());
    return message(processId, "0506", "Aussonderung.AussonderungImportBestaetigen", "", objects);
  }

  /** The archive's receipt of the offer (0504). */
  public static byte[] offerReceived(String processId) {
    return message(processId, "0504", "Aussonderung.AnbietungEmpfangBestaetigen", "", "");
  }

  static byte[] message(String processId, String type, String name, String kopfExtra, String body) {
    String xml =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <xdomea:%2$s.%1$s xmlns:xdomea="urn:xoev-de:xdomea:schema:3.0.0">
          <xdomea:Kopf>
            <xdomea:ProzessID>%3$s</xdomea:ProzessID>
            <xdomea:Nachrichtentyp listURI="urn:xoev-de:xdomea:codeliste:nachrichtentyp" listVersionID="2.0"><code>%1$s</code></xdomea:Nachrichtentyp>
            <xdomea:Erstellungszeitpunkt>2027-02-01T10:00:00Z</xdomea:Erstellungszeitpunkt>
            <xdomea:Absender><xdomea:Institution><xdomea:Name>Landesarchiv NRW</xdomea:Name></xdomea:Institution></xdomea:Absender>
            <xdomea:Empfaenger><xdomea:Institution><xdomea:Name>Stadt Iserlohn</xdomea:Name></xdomea:Institution></xdomea:Empfaenger>
            %4$s
          </xdomea:Kopf>
        %5$s</xdomea:%2$s.%1$s>
        """
            .formatted(type, name, processId, kopfExtra, body);
    return xml.getBytes(StandardCharsets.UTF_8);
  }
}
