package de.iserlohn.digital.ozg.notice;

import de.iserlohn.digital.platform.pdf.PdfA;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a notice (Bescheid) as PDF: the Thymeleaf page {@code templates/ozg/bescheid.html}
 * printed as PDF/A by the platform ({@link PdfA}), as HR does for its documents.
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
    return PdfA.render(html);
  }
}
