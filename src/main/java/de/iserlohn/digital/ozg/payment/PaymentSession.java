package de.iserlohn.digital.ozg.payment;

/**
 * A payment opened at the provider.
 *
 * @param reference the provider's payment reference
 * @param redirectUrl where the citizen pays
 */
public record PaymentSession(String reference, String redirectUrl) {}
