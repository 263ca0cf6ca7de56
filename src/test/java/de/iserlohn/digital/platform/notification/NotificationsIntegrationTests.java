package de.iserlohn.digital.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.iserlohn.digital.testsupport.IntegrationTest;
import de.iserlohn.digital.testsupport.TestInfrastructure;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class NotificationsIntegrationTests {

  @Autowired Notifications notifications;
  @Autowired TransactionTemplate transactions;
  @Autowired CompletedEventPublications completed;

  @Test
  void sendsTheGermanTemplateOverSmtpAfterCommit() throws Exception {
    String to = "buerger-" + UUID.randomUUID() + "@example.org";

    transactions.executeWithoutResult(
        tx ->
            notifications.send(
                OutgoingMail.of(
                    to,
                    "case-closed",
                    Map.of(
                        "name", "Erika Mustermann",
                        "caseNumber", "VG-2026-000042",
                        "title", "Anfrage Baumpflege",
                        "outcome", "erledigt"))));

    MimeMessage mail = awaitMailTo(to);
    assertThat(mail.getSubject()).isEqualTo("Ihr Anliegen VG-2026-000042 ist abgeschlossen");
    assertThat(mail.getFrom()[0].toString()).contains("no-reply@iserlohn.de");
    String body = com.icegreen.greenmail.util.GreenMailUtil.getBody(mail);
    assertThat(body).contains("Guten Tag Erika Mustermann", "Anfrage Baumpflege", "erledigt");
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(completed.findAll())
                    .anySatisfy(p -> assertThat(p.getEvent().toString()).contains(to)));
  }

  @Test
  void aMailOfARolledBackTransactionIsNeverSent() throws Exception {
    String rolledBack = "rollback-" + UUID.randomUUID() + "@example.org";
    String committed = "commit-" + UUID.randomUUID() + "@example.org";

    transactions.executeWithoutResult(
        tx -> {
          notifications.send(OutgoingMail.of(rolledBack, "case-closed", model()));
          tx.setRollbackOnly();
        });
    transactions.executeWithoutResult(
        tx -> notifications.send(OutgoingMail.of(committed, "case-closed", model())));

    awaitMailTo(committed);
    assertThat(TestInfrastructure.mail().getReceivedMessagesForDomain(rolledBack)).isEmpty();
  }

  private static Map<String, Object> model() {
    return Map.of("name", "Max Mustermann", "caseNumber", "VG-1", "title", "Test");
  }

  private static MimeMessage awaitMailTo(String to) {
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> TestInfrastructure.mail().getReceivedMessagesForDomain(to),
            messages -> messages.length == 1)[0];
  }
}
