package de.iserlohn.digital.ozg.payment;

/**
 * A payment opened at the provider.
 *
 * @param reference the provider's payment reference
 * @param redirectUrl where the citizen pays (a path starting with / is a page of this portal)
 */
public record PaymentSession(String reference, String redirectUrl) {}
