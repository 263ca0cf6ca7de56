/**
 * OZG online services: the service catalogue, the generic application pipeline (start form ->
 * validation -> Vorgang with the uploads -> service process), the common call activities
 * (Nachforderung, Zahlung, Bescheid und Zustellung), the payment provider, the citizen portal under
 * {@code /portal/} and the REST API under {@code /api/ozg/}.
 *
 * <p>Its API for other modules is {@link de.iserlohn.digital.ozg.OzgMessages}: the messages a
 * waiting application process accepts (e.g. post from the mailroom). The base package also holds
 * what every sub-package builds on: {@link de.iserlohn.digital.ozg.OzgProcess} (the names of the
 * common call activities, the contract of a service model) and {@link
 * de.iserlohn.digital.ozg.OzgProperties}.
 *
 * <p>Sub-packages, lower first (a package imports only those before it): {@code catalogue}, {@code
 * payment}, {@code application} (the application's lifecycle: {@code ApplicationLifecycle}), then
 * {@code process} and {@code notice} (the common call activities), the services ({@code
 * bulkywaste}, {@code civilstatus}, {@code defect}, {@code dogtax}, {@code parking}, {@code trade})
 * and the web ({@code api}, {@code portal}, {@code kpi}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "OZG-Onlinedienste")
package de.iserlohn.digital.ozg;
