package de.iserlohn.digital.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMailUtil;
import de.iserlohn.digital.testsupport.IntegrationTest;
import de.iserlohn.digital.testsupport.TestInfrastructure;
import jakarta.activation.DataHandler;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The IMAP invoice inbox against the shared GreenMail (SMTP for the answers, IMAP for the inbox).
 */
@IntegrationTest
class InvoiceMailboxTests {

  @Autowired InvoiceMailbox mailbox;
  @Autowired InvoiceRegister register;

  @Test
  void anInvoiceAttachmentIsRegisteredOnceAndTheSenderGetsTheRegisterNumber() throws Exception {
    String sender = sender();
    String invoiceNumber = "MAIL-" + UUID.randomUUID();
    deliver(sender, "Rechnung", attachment("rechnung.xml", ubl(invoiceNumber), "application/xml"));

    assertThat(mailbox.poll()).isPositive();

    List<InvoiceView> registered = register.search(null, invoiceNumber, null, null, null, 10);
    assertThat(registered)
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.channel()).isEqualTo("EMAIL");
              assertThat(i.status()).isEqualTo("VALID");
            });
    MimeMessage answer = answersTo(sender, 1)[0];
    assertThat(answer.getSubject()).contains(registered.get(0).registerNumber());
    assertThat(GreenMailUtil.getBody(answer)).contains("VALID");

    // the poller crashed after processing but before flagging: the mail is unread again
    markAllUnread();
    assertThat(mailbox.poll()).isPositive();

    assertThat(register.search(null, invoiceNumber, null, null, null, 10)).hasSize(1);
    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(10))
        .until(() -> TestInfrastructure.mail().getReceivedMessagesForDomain(sender).length == 1);
  }

  @Test
  void anInvalidInvoiceIsRegisteredAndTheAnswerNamesTheBrokenRules() throws Exception {
    String sender = sender();
    String invoiceNumber = "MAIL-" + UUID.randomUUID();
    String xml =
        ubl(invoiceNumber).replaceAll("<cbc:BuyerReference>[^<]*</cbc:BuyerReference>", "");
    deliver(sender, "Rechnung", attachment("rechnung.xml", xml, "application/xml"));

    mailbox.poll();

    assertThat(register.search(null, invoiceNumber, null, null, null, 10))
        .singleElement()
        .extracting(InvoiceView::status)
        .isEqualTo("INVALID");
    assertThat(GreenMailUtil.getBody(answersTo(sender, 1)[0])).contains("INVALID", "BR-DE-15");
  }

  @Test
  void aMailWithoutAnInvoiceGetsAClearAnswerAndNothingIsRegistered() throws Exception {
    String withoutAttachment = sender();
    String withPicture = sender();
    String withHostileXml = sender();
    deliver(withoutAttachment, "Rechnung folgt", null);
    deliver(
        withPicture,
        "Foto der Rechnung",
        attachment("rechnung.png", "\u0089PNG\r\n\u001a\n....", "image/png"));
    deliver(
        withHostileXml,
        "Rechnung",
        attachment(
            "rechnung.xml",
            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
            "application/xml"));
    long before = register.search(null, null, null, null, null, 1000).size();

    mailbox.poll();

    assertThat(GreenMailUtil.getBody(answersTo(withoutAttachment, 1)[0])).contains("keinen Anhang");
    assertThat(GreenMailUtil.getBody(answersTo(withPicture, 1)[0]))
        .contains("rechnung.png", "keine E-Rechnung");
    MimeMessage hostile = answersTo(withHostileXml, 1)[0];
    assertThat(hostile.getSubject()).contains("nicht als E-Rechnung");
    assertThat(GreenMailUtil.getBody(hostile)).contains("rechnung.xml", "DOCTYPE");
    assertThat(register.search(null, null, null, null, null, 1000)).hasSize((int) before);
  }

  private static MimeMessage[] answersTo(String address, int count) {
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> TestInfrastructure.mail().getReceivedMessagesForDomain(address),
            m -> m.length == count);
  }

  private static String sender() {
    return "lieferant-" + UUID.randomUUID() + "@example.org";
  }

  private static MimeBodyPart attachment(String name, String content, String type)
      throws MessagingException {
    MimeBodyPart part = new MimeBodyPart();
    part.setDataHandler(
        new DataHandler(
            new ByteArrayDataSource(content.getBytes(StandardCharsets.ISO_8859_1), type)));
    part.setFileName(name);
    part.setDisposition(MimeBodyPart.ATTACHMENT);
    return part;
  }

  private static void deliver(String from, String subject, MimeBodyPart attachment)
      throws MessagingException {
    MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
    message.setFrom(new InternetAddress(from));
    message.setRecipient(
        Message.RecipientType.TO, new InternetAddress(TestInfrastructure.INVOICE_INBOX));
    message.setSubject(subject);
    MimeMultipart body = new MimeMultipart();
    MimeBodyPart text = new MimeBodyPart();
    text.setText("Sehr geehrte Damen und Herren, anbei unsere Rechnung.", "UTF-8");
    body.addBodyPart(text);
    if (attachment != null) {
      body.addBodyPart(attachment);
    }
    message.setContent(body);
    message.saveChanges();
    TestInfrastructure.mail()
        .getUserManager()
        .getUserByEmail(TestInfrastructure.INVOICE_INBOX)
        .deliver(message);
  }

  private static void markAllUnread() throws MessagingException {
    Session session = Session.getInstance(new Properties());
    try (Store store = session.getStore("imap")) {
      store.connect(
          "127.0.0.1",
          TestInfrastructure.mail().getImap().getPort(),
          TestInfrastructure.INVOICE_INBOX,
          TestInfrastructure.INVOICE_INBOX);
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_WRITE);
      inbox.setFlags(1, inbox.getMessageCount(), new Flags(Flags.Flag.SEEN), false);
      inbox.close(false);
    }
  }

  private static String ubl(String invoiceNumber) throws IOException {
    // ISO-8859-1 round trip in attachment(): keep the file as bytes
    return new String(
            Files.readAllBytes(InvoiceCheckTests.UBL_STANDARD), StandardCharsets.ISO_8859_1)
        .replaceFirst("<cbc:ID>[^<]*</cbc:ID>", "<cbc:ID>" + invoiceNumber + "</cbc:ID>");
  }
}
