package de.iserlohn.digital.ozg.kpi;

/**
 * The figures of one service over its finished applications.
 *
 * @param serviceId the service (process key)
 * @param title the service's German title
 * @param finished applications whose process has ended
 * @param averageLeadTimeHours mean time from submission to the end of the process, in hours
 * @param withoutMediaBreak finished applications that no person had to touch (no user task)
 * @param shareWithoutMediaBreak {@code withoutMediaBreak / finished} (0 when nothing finished)
 */
public record ServiceKpi(
    String serviceId,
    String title,
    long finished,
    double averageLeadTimeHours,
    long withoutMediaBreak,
    double shareWithoutMediaBreak) {}
