package de.iserlohn.digital.hr.mobilework;

import java.time.LocalDate;

/** What an employee enters for a mobile-work request. */
public record MobileWorkForm(
    LocalDate startDate, LocalDate endDate, Integer daysPerWeek, String reason) {}
