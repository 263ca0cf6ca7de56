package de.iserlohn.digital.platform.notification;

import de.iserlohn.digital.platform.web.CityTimeDialect;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * German mail templates under {@code templates/mail/}: a subject line and an HTML body each; dates
 * through {@code #cityTime} (German format, Europe/Berlin).
 */
@Component
class MailTemplates {

  private final TemplateEngine text = engine(TemplateMode.TEXT, ".subject.txt");
  private final TemplateEngine html = engine(TemplateMode.HTML, ".html");

  String subject(String template, Context context) {
    return text.process(template, context).strip();
  }

  String html(String template, Context context) {
    return html.process(template, context);
  }

  private static TemplateEngine engine(TemplateMode mode, String suffix) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/mail/");
    resolver.setSuffix(suffix);
    resolver.setTemplateMode(mode);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    TemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    engine.addDialect(new CityTimeDialect());
    return engine;
  }
}
