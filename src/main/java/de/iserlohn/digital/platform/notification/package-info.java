/**
 * Outgoing mail with German templates, sent after commit through the event publication registry.
 */
@org.springframework.modulith.NamedInterface("notification")
package de.iserlohn.digital.platform.notification;
