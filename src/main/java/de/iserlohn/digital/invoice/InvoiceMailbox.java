package de.iserlohn.digital.invoice;

import de.iserlohn.digital.platform.casefile.SourceChannel;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.notification.Notifications;
import de.iserlohn.digital.platform.notification.OutgoingMail;
import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.URLName;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The invoice inbox (channel EMAIL): every XML or PDF attachment of an unread mail goes through the
 * same {@link InvoiceIntake} as a REST upload, and the sender gets the outcome by mail.
 *
 * <p>Exactly once: each attachment is registered and answered in one transaction together with a
 * receipt row (Message-ID + SHA-256 of the attachment, primary key). The message is flagged {@code
 * \Seen} only afterwards; bodies are fetched with IMAP PEEK, so a crash at any point leaves the
 * message unread and the next poll skips what the receipts show as done.
 */
@Component
class InvoiceMailbox {

  static final String NO_INVOICE = "no-invoice";
  static final String TEMPLATE_RECEIVED = "invoice-mail-received";
  static final String TEMPLATE_REFUSED = "invoice-mail-refused";

  private static final Logger log = LoggerFactory.getLogger(InvoiceMailbox.class);

  private final InvoiceProperties.Imap settings;
  private final long maxBytes;
  private final InvoiceIntake intake;
  private final Notifications notifications;
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final Clock clock;

  InvoiceMailbox(
      InvoiceProperties properties,
      InvoiceIntake intake,
      Notifications notifications,
      JdbcClient jdbc,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.settings = properties.imap();
    this.maxBytes = properties.maxSize().toBytes();
    this.intake = intake;
    this.notifications = notifications;
    this.jdbc = jdbc;
    this.tx = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /**
   * One pass over the unread mails of the inbox; returns how many mails were handled. Scheduled on
   * the holder of the inbox lease only ({@link InvoiceMailboxSchedule}).
   */
  int poll() {
    if (!settings.configured()) {
      return 0;
    }
    URLName url = new URLName(settings.url());
    Session session = Session.getInstance(sessionProperties(url.getProtocol()));
    int handled = 0;
    try (Store store = session.getStore(url.getProtocol())) {
      store.connect(url.getHost(), url.getPort(), settings.username(), settings.password());
      String folderName =
          url.getFile() == null || url.getFile().isBlank() ? "INBOX" : url.getFile();
      Folder folder = store.getFolder(folderName);
      folder.open(Folder.READ_WRITE);
      try {
        for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
          try {
            handle((MimeMessage) message);
            message.setFlag(Flags.Flag.SEEN, true);
            handled++;
          } catch (MessagingException | IOException | RuntimeException e) {
            // left unread: the next poll tries again, the receipts keep what is done
            log.warn("Invoice mail {} could not be processed", message.getMessageNumber(), e);
          }
        }
      } finally {
        folder.close(false);
      }
    } catch (MessagingException e) {
      log.warn("Invoice inbox {} not reachable: {}", url.getHost(), e.getMessage());
    }
    return handled;
  }

  private Properties sessionProperties(String protocol) {
    Properties p = new Properties();
    String timeout = String.valueOf(settings.timeout().toMillis());
    p.put("mail." + protocol + ".peek", "true");
    p.put("mail." + protocol + ".connectiontimeout", timeout);
    p.put("mail." + protocol + ".timeout", timeout);
    return p;
  }

  private void handle(MimeMessage message) throws MessagingException, IOException {
    String sender = sender(message);
    if (sender == null || isAutomatic(message)) {
      log.info("Invoice mail without a sender to answer or automatic reply: ignored");
      return;
    }
    String messageId = messageId(message);
    List<Attachment> attachments = new ArrayList<>();
    collect(message, attachments);
    List<Attachment> invoices = attachments.stream().filter(Attachment::mayBeInvoice).toList();
    if (invoices.isEmpty()) {
      refuseMail(messageId, sender, attachments);
      return;
    }
    for (Attachment attachment : invoices) {
      receive(messageId, sender, attachment);
    }
  }

  /** One attachment: registered and answered once (the receipt's primary key guards it). */
  private void receive(String messageId, String sender, Attachment attachment) {
    String key = InvoiceIntake.sha256(attachment.content());
    if (alreadyDone(messageId, key)) {
      return;
    }
    try {
      tx.executeWithoutResult(
          status -> {
            InvoiceView invoice =
                intake.receive(
                    attachment.content(),
                    attachment.name(),
                    SourceChannel.EMAIL,
                    new CurrentUser(actor(sender), Set.of()));
            recordReceipt(
                messageId,
                key,
                sender,
                attachment.name(),
                invoice.status(),
                invoice.registerNumber());
            notifications.send(
                OutgoingMail.of(sender, TEMPLATE_RECEIVED, received(invoice, attachment)));
          });
    } catch (RejectedInputException e) {
      tx.executeWithoutResult(
          status -> {
            recordReceipt(messageId, key, sender, attachment.name(), "REJECTED", null);
            notifications.send(
                OutgoingMail.of(
                    sender, TEMPLATE_REFUSED, refused(attachment.name(), e.getMessage())));
          });
    }
  }

  /** A mail with no XML or PDF attachment gets one clear answer. */
  private void refuseMail(String messageId, String sender, List<Attachment> attachments) {
    if (alreadyDone(messageId, NO_INVOICE)) {
      return;
    }
    String names = String.join(", ", attachments.stream().map(Attachment::name).toList());
    String reason =
        attachments.isEmpty()
            ? "Die E-Mail enthält keinen Anhang. Bitte senden Sie die Rechnung als XRechnung (XML)"
                + " oder ZUGFeRD/Factur-X (PDF) im Anhang."
            : "Die Anhänge (%s) sind keine E-Rechnung. Bitte senden Sie die Rechnung als"
                    .formatted(names)
                + " XRechnung (XML) oder ZUGFeRD/Factur-X (PDF).";
    tx.executeWithoutResult(
        status -> {
          recordReceipt(
              messageId, NO_INVOICE, sender, names.isEmpty() ? null : names, "NO_INVOICE", null);
          notifications.send(OutgoingMail.of(sender, TEMPLATE_REFUSED, refused(null, reason)));
        });
  }

  private boolean alreadyDone(String messageId, String key) {
    return jdbc.sql(
                "select count(*) from invoice_mail_receipt where message_id = ? and attachment_key = ?")
            .params(messageId, key)
            .query(Long.class)
            .single()
        > 0;
  }

  private void recordReceipt(
      String messageId,
      String key,
      String sender,
      String fileName,
      String outcome,
      String registerNumber) {
    jdbc.sql(
            "insert into invoice_mail_receipt (message_id, attachment_key, sender, file_name,"
                + " outcome, register_number, processed_at) values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            messageId,
            key,
            sender,
            cut(fileName, 300),
            outcome,
            registerNumber,
            Timestamp.from(clock.instant()))
        .update();
  }

  private static Map<String, Object> received(InvoiceView invoice, Attachment attachment) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("registerNumber", invoice.registerNumber());
    model.put("invoiceNumber", String.valueOf(invoice.invoiceNumber()));
    model.put("fileName", attachment.name());
    model.put("status", invoice.status());
    model.put("valid", "VALID".equals(invoice.status()) || "RELEASED".equals(invoice.status()));
    model.put("duplicate", invoice.duplicate());
    model.put(
        "findings",
        invoice.findings().stream()
            .filter(Finding::isError)
            .map(f -> Map.of("ruleId", f.ruleId(), "message", String.valueOf(f.message())))
            .toList());
    return model;
  }

  private static Map<String, Object> refused(String fileName, String reason) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("fileName", fileName == null ? "" : fileName);
    model.put("reason", reason);
    return model;
  }

  /** The parts of a mail that carry a file (attachments and named inline parts). */
  private void collect(Part part, List<Attachment> into) throws MessagingException, IOException {
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        collect(multipart.getBodyPart(i), into);
      }
      return;
    }
    String name = fileName(part);
    boolean attached = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || name != null;
    if (!attached || part.isMimeType("message/rfc822")) {
      return;
    }
    try (InputStream in = part.getInputStream()) {
      into.add(new Attachment(name == null ? "anhang" : name, readAtMost(in, maxBytes + 1)));
    }
  }

  private static String fileName(Part part) throws MessagingException {
    String name = part.getFileName();
    if (name == null) {
      return null;
    }
    try {
      return MimeUtility.decodeText(name);
    } catch (UnsupportedEncodingException e) {
      return name;
    }
  }

  /** Reads up to {@code limit} bytes: an oversized file is refused by the intake, not kept. */
  private static byte[] readAtMost(InputStream in, long limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long total = 0;
    int n;
    while (total < limit
        && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total))) > 0) {
      out.write(buffer, 0, n);
      total += n;
    }
    return out.toByteArray();
  }

  private static String sender(MimeMessage message) throws MessagingException {
    Address[] replyTo = message.getReplyTo();
    Address[] from = replyTo != null && replyTo.length > 0 ? replyTo : message.getFrom();
    if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress address)) {
      return null;
    }
    return address.getAddress();
  }

  /** Auto-replies and bounces are not answered (no mail loops). */
  private static boolean isAutomatic(MimeMessage message) throws MessagingException {
    String auto = message.getHeader("Auto-Submitted", null);
    return auto != null && !auto.isBlank() && !"no".equalsIgnoreCase(auto.strip());
  }

  private static String messageId(MimeMessage message) throws MessagingException, IOException {
    String id = message.getMessageID();
    if (id != null && !id.isBlank()) {
      return cut(id.strip(), 500);
    }
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    message.writeTo(raw);
    return "sha256:" + InvoiceIntake.sha256(raw.toByteArray());
  }

  private static String actor(String sender) {
    return cut("mail:" + sender, 100);
  }

  private static String cut(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }

  /** A file attached to a mail. */
  record Attachment(String name, byte[] content) {

    /** XML or PDF by content; the intake decides whether it is an invoice. */
    boolean mayBeInvoice() {
      if (InvoiceReader.isPdf(content)) {
        return true;
      }
      String head = new String(content, 0, Math.min(content.length, 512), StandardCharsets.UTF_8);
      return SafeXml.looksLikeXml(head);
    }
  }
}
