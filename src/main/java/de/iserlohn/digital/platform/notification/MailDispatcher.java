package de.iserlohn.digital.platform.notification;

import de.iserlohn.digital.platform.PlatformProperties;
import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.casefile.DocumentDownload;
import de.iserlohn.digital.platform.identity.CurrentUser;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;

/**
 * Renders and sends requested mail. Without an SMTP server ({@code spring.mail.host} not set, as in
 * the embedded default) the mail is written to the log instead.
 */
@Component
class MailDispatcher {

  private static final Logger LOG = LoggerFactory.getLogger(MailDispatcher.class);
  private static final Locale GERMAN = Locale.GERMAN;

  private final MailTemplates templates;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final CaseFileManagement caseFile;
  private final String from;

  MailDispatcher(
      MailTemplates templates,
      ObjectProvider<JavaMailSender> mailSender,
      CaseFileManagement caseFile,
      PlatformProperties properties) {
    this.templates = templates;
    this.mailSender = mailSender;
    this.caseFile = caseFile;
    this.from = properties.mail().from();
  }

  @ApplicationModuleListener
  void on(MailRequested event) throws MessagingException, IOException {
    OutgoingMail mail = event.mail();
    Context context = new Context(GERMAN, mail.model());
    String subject = templates.subject(mail.template(), context);
    String html = templates.html(mail.template(), context);
    JavaMailSender sender = mailSender.getIfAvailable();
    if (sender == null) {
      LOG.info("SMTP not configured; mail to {} not sent: {}", mail.to(), subject);
      return;
    }
    MimeMessage message = sender.createMimeMessage();
    MimeMessageHelper helper =
        new MimeMessageHelper(
            message, !mail.attachments().isEmpty(), StandardCharsets.UTF_8.name());
    helper.setFrom(from);
    helper.setTo(mail.to());
    helper.setSubject(subject);
    helper.setText(html, true);
    for (OutgoingMail.Attachment attachment : mail.attachments()) {
      DocumentDownload document =
          caseFile.download(attachment.caseNumber(), attachment.documentId(), CurrentUser.SYSTEM);
      try (InputStream content = document.content()) {
        helper.addAttachment(
            document.document().fileName(),
            new ByteArrayResource(content.readAllBytes()),
            document.document().mediaType());
      }
    }
    sender.send(message);
    LOG.info("Mail '{}' sent to {}", mail.template(), mail.to());
  }
}
