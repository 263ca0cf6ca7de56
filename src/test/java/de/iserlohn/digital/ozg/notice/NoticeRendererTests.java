package de.iserlohn.digital.ozg.notice;

import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.testsupport.VeraPdf;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Every kind of notice (rejection, confirmation, permit, certificate, tax assessment) is PDF/A. */
class NoticeRendererTests {

  private final NoticeRenderer renderer = new NoticeRenderer(templates());

  @ParameterizedTest
  @ValueSource(strings = {"ABLEHNUNG", "BESTAETIGUNG", "GENEHMIGUNG", "URKUNDE", "FESTSETZUNG"})
  void theNoticeIsPdfA(String kind) {
    Map<String, String> rows = new LinkedHashMap<>();
    rows.put("Straße", "Schillerplatz 7");
    rows.put("Kennzeichen", "MK-AB 123");
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", "Bescheid über Ihren Antrag");
    model.put("kind", kind);
    model.put("caseNumber", "VG-2026-000042");
    model.put("service", "Bewohnerparkausweis");
    model.put("applicant", "Jürgen Größmann");
    model.put("date", "02.12.2026");
    model.put("rows", rows);
    model.put("text", "Ihr Antrag wird genehmigt; Gebühr 30,00 €.");
    model.put("reason", "§ 45 StVO");

    VeraPdf.Report report = VeraPdf.validate(renderer.render(model));

    assertThat(report.isPdfA2bOrLater()).as(report.toString()).isTrue();
  }

  private static SpringTemplateEngine templates() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setCharacterEncoding("UTF-8");
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }
}
