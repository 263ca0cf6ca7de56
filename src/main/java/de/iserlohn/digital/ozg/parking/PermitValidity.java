package de.iserlohn.digital.ozg.parking;

import java.time.LocalDate;

/**
 * The validity of a permit issued on a day: one year, the last day included, with the day the
 * renewal reminder goes out.
 */
record PermitValidity(LocalDate validFrom, LocalDate validUntil, LocalDate reminderDay) {

  static PermitValidity issuedOn(LocalDate day) {
    LocalDate until = day.plus(ResidentParkingPermitProcess.VALIDITY).minusDays(1);
    return new PermitValidity(
        day, until, until.minusDays(ResidentParkingPermitProcess.REMIND_DAYS_BEFORE));
  }
}
