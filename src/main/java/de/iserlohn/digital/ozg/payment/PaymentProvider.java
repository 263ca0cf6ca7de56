package de.iserlohn.digital.ozg.payment;

/**
 * A payment provider with an ePayBL-style flow: the city creates a payment reference, the citizen
 * is redirected to the provider, the provider calls back with a signed result, and the waiting
 * process continues. The default profile uses {@link TestPaymentProvider}.
 */
public interface PaymentProvider {

  /** Creates a payment at the provider. */
  PaymentSession create(PaymentOrder order);

  /**
   * Whether a callback is authentic.
   *
   * @param reference the payment reference
   * @param status the result the provider reports ({@code PAID} or {@code CANCELLED})
   * @param amount the amount the provider reports, in cents
   * @param signature the provider's signature of these values
   */
  boolean verify(String reference, String status, long amountCents, String signature);
}
