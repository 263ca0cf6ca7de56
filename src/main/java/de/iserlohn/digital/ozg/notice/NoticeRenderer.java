package de.iserlohn.digital.ozg.notice;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a notice (Bescheid) as PDF: the Thymeleaf page {@code templates/ozg/bescheid.html}
 * printed with openhtmltopdf, as HR does for its documents.
 */
@Component
class NoticeRenderer {

  static final String TEMPLATE = "ozg/bescheid";

  private final ITemplateEngine templates;

  NoticeRenderer(ITemplateEngine templates) {
    this.templates = templates;
  }

  byte[] render(Map<String, Object> model) {
    String html = templates.process(TEMPLATE, new Context(java.util.Locale.GERMANY, model));
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.withHtmlContent(html, null);
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot render notice", e);
    }
  }
}
