package de.iserlohn.digital.platform.notification;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A mail to send: the recipient, the template (under {@code templates/mail/}) and its model.
 *
 * @param to the recipient address
 * @param template the template name; {@code <name>.subject.txt} and {@code <name>.html} are used
 * @param model the template variables (small values only; the mail is persisted until sent)
 * @param attachments case-file documents to attach, by case number and document id
 */
public record OutgoingMail(
    String to, String template, Map<String, Object> model, List<Attachment> attachments) {

  public OutgoingMail {
    if (to == null || to.isBlank()) {
      throw new IllegalArgumentException("recipient is required");
    }
    model = Map.copyOf(model);
    attachments = List.copyOf(attachments);
  }

  public static OutgoingMail of(String to, String template, Map<String, Object> model) {
    return new OutgoingMail(to, template, model, List.of());
  }

  /** A case-file document to attach. */
  public record Attachment(String caseNumber, UUID documentId) {}
}
