package de.iserlohn.digital.platform.notification;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends mail to citizens, suppliers and staff. A mail is requested inside the business transaction
 * and sent after it commits, through the persisted event publication registry: a mail whose
 * transaction rolls back is never sent, and a mail that could not be sent yet is sent again after a
 * restart.
 */
@Service
public class Notifications {

  private final ApplicationEventPublisher events;

  Notifications(ApplicationEventPublisher events) {
    this.events = events;
  }

  @Transactional
  public void send(OutgoingMail mail) {
    events.publishEvent(new MailRequested(mail));
  }
}
