package de.iserlohn.digital.platform.notification;

/** A mail was requested; it is sent after the requesting transaction commits. */
public record MailRequested(OutgoingMail mail) {}
