package de.iserlohn.digital.hr.documents;

import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.testsupport.VeraPdf;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The HR documents (travel approval, mobile-work agreement) are PDF/A. */
class HrPdfTests {

  @ParameterizedTest
  @ValueSource(strings = {"Genehmigung der Dienstreise", "Vereinbarung über mobiles Arbeiten"})
  void theDocumentIsPdfA(String title) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("Aktenzeichen", "HR-2026-000007");
    fields.put("Beschäftigte/r", "Jörg Meyer");
    fields.put("Beteiligung des Personalrats", null);

    VeraPdf.Report report =
        VeraPdf.validate(HrPdf.render(title, fields, "Es gilt § 66 Abs. 3 LPVG NRW."));

    assertThat(report.isPdfA2bOrLater()).as(report.toString()).isTrue();
  }
}
