/**
 * Hundesteuer An-/Abmeldung: listed dog by breed and yearly tax rate by DMN, clerk check by the
 * Steueramt, assessment notice (Festsetzungsbescheid) with the pro-rata amount of the current year
 * or the deregistration confirmation (Abmeldebestätigung). No payment in the portal: the tax is
 * assessed, not prepaid.
 */
package de.iserlohn.digital.ozg.dogtax;
