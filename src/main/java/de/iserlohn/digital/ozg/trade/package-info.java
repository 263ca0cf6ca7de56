/**
 * Gewerbe-An-/Um-/Abmeldung: clerk review, fee, confirmation PDF and forwarding of the notification
 * to the receiving bodies (DMN {@code trade-registration-recipients}, addresses under {@code
 * iserlohn.ozg.gewerbe.recipients}).
 */
package de.iserlohn.digital.ozg.trade;
