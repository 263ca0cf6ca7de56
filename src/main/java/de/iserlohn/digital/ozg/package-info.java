/**
 * OZG online services: the service catalogue, the generic application pipeline (start form ->
 * validation -> Vorgang with the uploads -> service process), the common call activities
 * (Nachforderung, Zahlung, Bescheid und Zustellung), the payment provider, the citizen portal under
 * {@code /portal/} and the REST API under {@code /api/ozg/}.
 *
 * <p>Its API for other modules is {@link de.iserlohn.digital.ozg.OzgMessages}: the messages a
 * waiting application process accepts (e.g. post from the mailroom).
 */
@org.springframework.modulith.ApplicationModule(displayName = "OZG-Onlinedienste")
package de.iserlohn.digital.ozg;
