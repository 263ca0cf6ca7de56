package de.iserlohn.digital.ozg.kpi;

/**
 * The figures of one service over the applications finished in the period. Shares, mean, median and
 * p90 are null when fewer than {@link OzgKpis#MIN_CASES} applications finished (a small group could
 * identify a person).
 *
 * @param serviceId the service (process key)
 * @param title the service's German title
 * @param submitted applications submitted in the period
 * @param finished applications whose process ended in the period
 * @param averageLeadTimeHours mean time from submission to the end of the process, in hours
 * @param medianLeadTimeHours median lead time in whole hours (nearest rank)
 * @param p90LeadTimeHours 90th percentile of the lead time in whole hours (nearest rank)
 * @param onTime finished applications whose clerk tasks were all completed by their due date
 * @param shareOnTime {@code onTime / finished}
 * @param automatic finished applications without any user task (processed fully automatically)
 * @param shareAutomatic {@code automatic / finished}
 * @param withoutMediaBreak finished applications that passed no step marked {@code medienbruch} (a
 *     clerk's decision in Tasklist is no media break)
 * @param shareWithoutMediaBreak {@code withoutMediaBreak / finished}
 */
public record ServiceKpi(
    String serviceId,
    String title,
    long submitted,
    long finished,
    Double averageLeadTimeHours,
    Double medianLeadTimeHours,
    Double p90LeadTimeHours,
    long onTime,
    Double shareOnTime,
    long automatic,
    Double shareAutomatic,
    long withoutMediaBreak,
    Double shareWithoutMediaBreak) {}
