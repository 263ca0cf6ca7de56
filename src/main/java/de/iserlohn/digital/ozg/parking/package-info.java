/**
 * Bewohnerparkausweis: zone by address (DMN), clerk check, fee, permit PDF, renewal reminder after
 * a year.
 */
package de.iserlohn.digital.ozg.parking;
