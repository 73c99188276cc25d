package dev.leaseport.domain.payment;

/**
 * The payment provider's side of rent: collecting a charge from a tenant for the owner (a
 * destination charge on the platform, sent on to the owner's payout account less the platform's
 * fee) and giving it back. The outcome of a payment comes back as events ({@link PaymentEvent}).
 */
public interface RentPayments {

  /** False when this server has no payment provider configured: every call then fails with 503. */
  boolean isConfigured();

  /**
   * Starts a payment the payer confirms in their browser with the returned client secret, by card
   * or by US bank account (instantly verified, the mandate accepted on confirmation). The same
   * request (same payment row) returns the same intent.
   */
  StartedRentPayment start(RentPaymentRequest request);

  /**
   * Charges a saved payment method with the payer away (autopay): confirmed at once, under the
   * mandate the payer gave when saving it. A decline is a {@code PaymentDeclinedException}.
   *
   * @throws IllegalArgumentException when the request names no saved payment method
   */
  StartedRentPayment chargeSaved(RentPaymentRequest request);

  /** Refunds part or all of a payment; returns the provider's refund id. */
  String refund(RentRefundRequest request);
}
