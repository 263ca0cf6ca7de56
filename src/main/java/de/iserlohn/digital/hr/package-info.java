/**
 * Digital HR: employee directory, the digital personnel file (Personalakte) on the platform case
 * file, travel requests (Dienstreiseantrag), travel expense claims (Reisekostenabrechnung, LRKG
 * NRW) and mobile-work requests (mobiles Arbeiten) with the staff council's participation; an
 * employee self-service area under {@code /mitarbeiter/}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Personal (HR)")
package de.iserlohn.digital.hr;
