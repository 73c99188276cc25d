package dev.leaseport.adapters.payments;

import static dev.leaseport.adapters.payments.StripePayoutAccounts.options;

import com.stripe.StripeClient;
import com.stripe.model.PaymentIntent;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentIntentCreateParams.PaymentMethodOptions;
import com.stripe.param.PaymentIntentCreateParams.PaymentMethodOptions.UsBankAccount;
import com.stripe.param.RefundCreateParams;
import dev.leaseport.domain.payment.PaymentStatus;
import dev.leaseport.domain.payment.RentPaymentRequest;
import dev.leaseport.domain.payment.RentPayments;
import dev.leaseport.domain.payment.RentRefundRequest;
import dev.leaseport.domain.payment.StartedRentPayment;
import java.util.Locale;

/**
 * Rent as Stripe destination charges: the PaymentIntent is the platform's, {@code
 * transfer_data.destination} sends the amount on to the owner's connected account and {@code
 * on_behalf_of} makes that account the merchant of record (its name on the statement, its country's
 * fees), while {@code application_fee_amount} keeps the platform's fee. Refunds reverse the
 * transfer (the owner's account gives the money back, not the platform's balance) and refund the
 * application fee in proportion: the platform earns its fee only on rent that stays paid.
 */
public final class StripeRentPayments implements RentPayments {
  static final String CARD = "card";
  static final String US_BANK_ACCOUNT = "us_bank_account";
  private final StripeClient stripe;

  public StripeRentPayments(StripeClient stripe) {
    this.stripe = stripe;
  }

  @Override
  public boolean isConfigured() {
    return true;
  }

  @Override
  public StartedRentPayment start(RentPaymentRequest request) {
    PaymentIntentCreateParams params =
        destinationCharge(request)
            .setPaymentMethodOptions(
                PaymentMethodOptions.builder()
                    // Financial Connections proves the account at once; no microdeposit days.
                    .setUsBankAccount(
                        UsBankAccount.builder()
                            .setVerificationMethod(UsBankAccount.VerificationMethod.INSTANT)
                            .build())
                    .build())
            .build();
    return started(
        StripeFailures.call(
            "starting a rent payment",
            () -> stripe.v1().paymentIntents().create(params, options(request.idempotencyKey()))));
  }

  @Override
  public StartedRentPayment chargeSaved(RentPaymentRequest request) {
    if (request.paymentMethodId().isEmpty()) {
      throw new IllegalArgumentException("An off-session payment needs a saved payment method");
    }
    // The mandate the payer accepted when saving a bank account covers later debits; a card
    // that needs the payer (3-D Secure) fails instead of waiting for someone who is not there.
    PaymentIntentCreateParams params =
        destinationCharge(request).setConfirm(true).setOffSession(true).build();
    return started(
        StripeFailures.call(
            "charging a saved payment method",
            () -> stripe.v1().paymentIntents().create(params, options(request.idempotencyKey()))));
  }

  @Override
  public String refund(RentRefundRequest request) {
    RefundCreateParams params =
        RefundCreateParams.builder()
            .setPaymentIntent(request.intentId())
            .setAmount(request.amount().amount())
            .setReason(RefundCreateParams.Reason.valueOf(request.reason().name()))
            .setReverseTransfer(true)
            .setRefundApplicationFee(true)
            .putMetadata("leaseport_payment_id", request.paymentId().toString())
            .putMetadata("leaseport_refund_id", request.refundId().toString())
            .build();
    return StripeFailures.call(
            "refunding a rent payment",
            () -> stripe.v1().refunds().create(params, options(request.idempotencyKey())))
        .getId();
  }

  private static PaymentIntentCreateParams.Builder destinationCharge(RentPaymentRequest request) {
    PaymentIntentCreateParams.Builder params =
        PaymentIntentCreateParams.builder()
            .setAmount(request.amount().amount())
            .setCurrency(request.amount().currency())
            .addPaymentMethodType(CARD)
            .addPaymentMethodType(US_BANK_ACCOUNT)
            .setTransferData(
                PaymentIntentCreateParams.TransferData.builder()
                    .setDestination(request.destinationAccount())
                    .build())
            .setOnBehalfOf(request.destinationAccount())
            .setApplicationFeeAmount(request.applicationFee().amount())
            .putMetadata("leaseport_payment_id", request.paymentId().toString())
            .putMetadata("leaseport_charge_id", request.chargeId().toString())
            .putMetadata("leaseport_lease_id", request.leaseId().toString())
            .putMetadata("leaseport_owner_id", request.ownerId().toString());
    request.customerId().ifPresent(params::setCustomer);
    request.paymentMethodId().ifPresent(params::setPaymentMethod);
    return params;
  }

  private static StartedRentPayment started(PaymentIntent intent) {
    return new StartedRentPayment(
        intent.getId(), intent.getClientSecret(), statusOf(intent.getStatus()));
  }

  /**
   * Stripe's intent statuses in Leaseport's terms; anything still waiting on the payer is PENDING.
   */
  static PaymentStatus statusOf(String stripeStatus) {
    return switch (stripeStatus == null ? "" : stripeStatus.toLowerCase(Locale.ROOT)) {
      case "processing", "requires_capture" -> PaymentStatus.PROCESSING;
      case "succeeded" -> PaymentStatus.SUCCEEDED;
      case "canceled" -> PaymentStatus.CANCELED;
      default -> PaymentStatus.PENDING;
    };
  }
}
